import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { createAccount } from '../support/accounts';
import { renderApp } from '../support/app-render';
import { useAppServer } from '../support/app-server';

const ids: Record<string, number> = {};

const server = useAppServer({
  async prepare({ api, database }) {
    const member = await api('POST', '/api/members', {
      name: 'CC Couserans-Pyrénées', college: 3, kind: 'epci', siren: '200067940', departmentCode: '09', joinedOn: '2022-06-17', status: 'actif', contribution: 1000,
    });
    ids.member = member.body.id;
    ids.memberUser = await createAccount(database.db, 'membre@essai.test', 'member', ids.member);
    ids.regionUser = await createAccount(database.db, 'region@essai.test', 'region');
    await createAccount(database.db, 'autre-membre@essai.test', 'member', ids.member);
    // One update, for the audit trail: contribution 1000 → 1500, status actif → retire.
    const res = await api('PUT', `/api/members/${ids.member}`, { ...member.body, contribution: 1500, status: 'retire', leftOn: '2024-12-31' });
    if (res.status !== 200) throw new Error(JSON.stringify(res.body));
  },
});

it('asks for a member only when the role is « Membre », and clears it otherwise', async () => {
  const user = userEvent.setup();
  renderApp(`/users/${ids.memberUser}`);
  const role = await screen.findByRole('combobox', { name: /^Rôle/ });
  await waitFor(() => expect(role).toHaveTextContent('Membre'));
  const member = await screen.findByRole('combobox', { name: /^Membre/ });
  await waitFor(() => expect(member).toHaveValue('CC Couserans-Pyrénées'));

  await user.click(role);
  await user.click(await screen.findByRole('option', { name: 'Région' }));
  await waitFor(() => expect(screen.queryByRole('combobox', { name: /^Membre/ })).toBeNull());
  expect(screen.getByLabelText(/^Nouveau mot de passe/)).toHaveValue('');
  await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
  await waitFor(async () => expect((await server.api('GET', `/api/users/${ids.memberUser}`)).body).toMatchObject({ role: 'region', memberId: null }));
});

it('refuses a short new password on its field, before any request', async () => {
  const user = userEvent.setup();
  renderApp(`/users/${ids.regionUser}`);
  const password = await screen.findByLabelText(/^Nouveau mot de passe/);
  await waitFor(() => expect(screen.getByLabelText(/^Nom/)).toHaveValue('region'));
  await user.type(password, 'court');
  await user.tab();
  expect(await screen.findByText('Au moins 12 caractères')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
  expect(server.requests.some((r) => r.method === 'PUT')).toBe(false);
});

it('lists the audit trail with filters, and shows an update field by field', async () => {
  const user = userEvent.setup();
  renderApp('/audit');
  await screen.findAllByText('Modification');
  await user.click(screen.getByRole('combobox', { name: 'Action' }));
  await user.click(await screen.findByRole('option', { name: 'Modification' }));
  await waitFor(() => {
    const last = server.requests.filter((r) => r.url.pathname === '/api/audit').at(-1)!;
    expect(JSON.parse(last.url.searchParams.get('filter')!)).toEqual({ action: 'update' });
  });
  const rows = await screen.findAllByRole('row');
  const update = rows.find((r) => within(r).queryByText('Membres'))!;
  await user.click(within(update).getByText('Modification'));

  const diff = await screen.findByRole('table', { name: 'Modifications' });
  const row = (label: RegExp) => within(diff).getAllByRole('row').find((r) => label.test(r.textContent ?? ''))!;
  expect(within(row(/^Statut/)).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Membre actif', 'Retiré']);
  expect(row(/^Statut/).textContent).toMatch(/modifié/);
  expect(within(row(/^Retrait/)).getAllByRole('cell').map((c) => c.textContent)).toEqual(['—', '31/12/2024']);
  expect(within(row(/^Nom/)).getAllByRole('cell').map((c) => c.textContent)).toEqual(['CC Couserans-Pyrénées', 'CC Couserans-Pyrénées']);
  expect(row(/^Nom/).textContent).not.toMatch(/modifié/);
});

it('shows the grouped menu to an administrator, and no recruitment or administration to a member', async () => {
  renderApp('/members');
  await waitFor(() => expect(screen.getByRole('menuitem', { name: /Journal d’audit/ })).toBeInTheDocument());
  for (const heading of ['Pilotage', 'Réseau', 'Recrutement', 'Administration']) expect(screen.getByText(heading)).toBeInTheDocument();
});

it('hides from a member account the groups it may not use', async () => {
  await server.signIn('autre-membre@essai.test');
  renderApp('/centres');
  await waitFor(() => expect(screen.getByRole('menuitem', { name: /Centres de santé/ })).toBeInTheDocument());
  expect(screen.getByText('Réseau')).toBeInTheDocument();
  expect(screen.queryByText('Administration')).toBeNull();
  expect(screen.queryByRole('menuitem', { name: /Candidat·es/ })).toBeNull();
  expect(screen.queryByRole('menuitem', { name: /Utilisateurs/ })).toBeNull();
});
