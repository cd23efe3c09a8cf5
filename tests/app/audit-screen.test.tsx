import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, it } from 'vitest';
import { createAccount } from '../support/accounts';
import { renderApp } from '../support/app-render';
import { useAppServer } from '../support/app-server';

/**
 * Issue 13, point 15: the audit screens as the Région reads them — who acted by name, records by their
 * name, references by name and euros formatted in the changes, content it may not read withheld in
 * words, a filter by record, and « Historique » from a record's page.
 */
const ids: Record<string, number> = {};
const spaces = (text: string | null) => (text ?? '').replace(/\s/g, ' ');

const server = useAppServer({
  async prepare({ api, database }) {
    const member = await api('POST', '/api/members', {
      name: 'CC Couserans-Pyrénées', college: 3, kind: 'epci', siren: '200067940', departmentCode: '09', joinedOn: '2022-06-17', status: 'actif', contribution: 12000,
    });
    ids.member = member.body.id;
    const centre = await api('POST', '/api/centres', { name: 'Centre de santé de Lacaune', communeCode: '81124', status: 'projet', memberIds: [], openingBudget: 12000 });
    ids.centre = centre.body.id;
    const updated = await api('PUT', `/api/centres/${ids.centre}`, { ...centre.body, memberIds: [ids.member], openingBudget: 15000 });
    if (updated.status !== 200) throw new Error(JSON.stringify(updated.body));
    const candidate = await api('POST', '/api/candidates', {
      firstName: 'Séraphine', lastName: 'Confidentielle', email: 'seraphine@exemple.fr', profession: 'medecin', source: 'site', consentUntil: '2028-01-01',
    });
    ids.candidate = candidate.body.id;
    await createAccount(database.db, 'region@essai.test', 'region');
  },
});

beforeEach(async () => {
  await server.signIn('region@essai.test');
});

it('names who acted and the record, to the Région too', async () => {
  renderApp('/audit');
  const cells = await screen.findAllByText(`Centre de santé de Lacaune (n° ${ids.centre})`);
  expect(cells).toHaveLength(2); // created, then changed
  const row = cells[0].closest('tr')!;
  // The administrator's account is named (« admin »), not numbered, although the Région may not read accounts.
  expect(within(row).getByText('admin')).toBeInTheDocument();
  // A candidate's entry is numbered only: its content is withheld from the Région.
  expect((await screen.findAllByText(`n° ${ids.candidate}`)).length).toBeGreaterThan(0);
  expect(screen.queryByText(/Confidentielle/)).toBeNull();
  expect(server.requests.some((r) => r.url.pathname === '/api/users')).toBe(false);
});

it('shows a change with references by name and euros formatted', async () => {
  const user = userEvent.setup();
  renderApp(`/audit?filter=${encodeURIComponent(JSON.stringify({ resource: 'centres', action: 'update' }))}`);
  await user.click(await screen.findByText(`Centre de santé de Lacaune (n° ${ids.centre})`));
  const diff = await screen.findByRole('table', { name: 'Modifications' });
  const row = (label: RegExp) => within(diff).getAllByRole('row').find((r) => label.test(r.textContent ?? ''))!;
  await waitFor(() => expect(within(row(/^Membres porteurs/)).getAllByRole('cell').map((c) => c.textContent)).toEqual(['—', 'CC Couserans-Pyrénées']));
  expect(within(row(/^Budget/)).getAllByRole('cell').map((c) => spaces(c.textContent))).toEqual(['12 000 €', '15 000 €']);
});

it('says that the content is withheld where the Région may not read the record', async () => {
  const user = userEvent.setup();
  renderApp(`/audit?filter=${encodeURIComponent(JSON.stringify({ resource: 'candidates' }))}`);
  await user.click(await screen.findByText(`n° ${ids.candidate}`));
  expect(await screen.findByText(/Contenu masqué\s*: vous n’avez pas accès à cette ressource/)).toBeInTheDocument();
  expect(screen.queryByText(/Séraphine|seraphine/)).toBeNull();
});

it('filters the list by record, and opens a record’s history from its page', async () => {
  const user = userEvent.setup();
  renderApp(`/members/${ids.member}/show`);
  const history = await screen.findByRole('link', { name: /Historique/ });
  await user.click(history);
  await screen.findByText(`CC Couserans-Pyrénées (n° ${ids.member})`);
  const last = server.requests.filter((r) => r.url.pathname === '/api/audit').at(-1)!;
  expect(JSON.parse(last.url.searchParams.get('filter')!)).toEqual({ resource: 'members', recordId: ids.member });
  expect(screen.getByRole('spinbutton', { name: 'N° d’enregistrement' })).toHaveValue(ids.member);
  expect(screen.queryByText(`Centre de santé de Lacaune (n° ${ids.centre})`)).toBeNull();
});

it('offers « Historique » on a centre’s page, filtered on that centre', async () => {
  renderApp(`/centres/${ids.centre}/show`);
  const history = await screen.findByRole('link', { name: /Historique/ });
  const target = new URL(history.getAttribute('href')!, 'http://localhost');
  expect(target.pathname).toBe('/audit');
  expect(JSON.parse(target.searchParams.get('filter')!)).toEqual({ resource: 'centres', recordId: ids.centre });
});
