import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { addDays, todayInFrance } from '../../src/domain/calendar';
import { createAccount } from '../support/accounts';
import { renderApp } from '../support/app-render';
import { useAppServer } from '../support/app-server';

const ids: Record<string, number> = {};
const inDays = (days: number) => addDays(todayInFrance(), days);

const server = useAppServer({
  async prepare({ api, database }) {
    const created = async (path: string, body: object) => {
      const res = await api('POST', path, body);
      if (res.status !== 201) throw new Error(JSON.stringify(res.body));
      return res.body.id as number;
    };
    ids.member = await created('/api/members', { name: 'CC Couserans-Pyrénées', college: 3, kind: 'epci', departmentCode: '09', joinedOn: '2022-06-17', status: 'actif' });
    ids.centre = await created('/api/centres', { name: 'Centre de santé de Sainte-Croix-Volvestre', communeCode: '09257', status: 'ouvert', openedOn: '2022-07-01', memberIds: [ids.member] });
    const hire = (body: object) =>
      created('/api/hires', { profession: 'medecin', centreId: ids.centre, contract: 'cdi', fte: 1, startOn: '2022-07-01', ...body });
    ids.durand = await hire({ firstName: 'Claire', lastName: 'Durand' });
    ids.petit = await hire({ firstName: 'Jules', lastName: 'Petit', contract: 'cdd', endOn: inDays(30) });
    ids.moreau = await hire({ firstName: 'Anne', lastName: 'Moreau', endOn: '2023-12-31', endReason: 'Départ en libéral' });
    await createAccount(database.db, 'region@essai.test', 'region');
  },
});

it('filters the staff in post (no end date, or one to come) apart from ended contracts', async () => {
  const inPost = renderApp(`/hires?filter=${encodeURIComponent(JSON.stringify({ situation: 'active' }))}`);
  expect(await screen.findByText('Durand')).toBeInTheDocument();
  expect(screen.getByText('Petit')).toBeInTheDocument();
  expect(screen.queryByText('Moreau')).toBeNull();
  expect(screen.getByText('1-2 sur 2')).toBeInTheDocument();
  inPost.unmount();

  renderApp(`/hires?filter=${encodeURIComponent(JSON.stringify({ situation: 'ended' }))}`);
  expect(await screen.findByText('Moreau')).toBeInTheDocument();
  expect(screen.queryByText('Durand')).toBeNull();
  expect(screen.queryByText('Petit')).toBeNull();
});

it('ends a contract with one update of its end date and reason, and offers no delete', async () => {
  const user = userEvent.setup();
  const shown = renderApp(`/hires/${ids.durand}/show`);
  await user.click(await screen.findByRole('button', { name: 'Mettre fin au contrat' }));
  const dialog = await screen.findByRole('dialog', { name: 'Mettre fin au contrat de Claire Durand' });
  const date = within(dialog).getByLabelText(/Date de fin/);
  await user.clear(date);
  await user.type(date, '31/03/2025');
  await user.type(within(dialog).getByLabelText('Motif'), 'Mutation');
  server.requests.length = 0;
  await user.click(within(dialog).getByRole('button', { name: 'Enregistrer la fin du contrat' }));
  await screen.findByText('Fin du contrat enregistrée');

  const puts = server.requests.filter((r) => r.method === 'PUT');
  expect(puts.map((r) => r.url.pathname)).toEqual([`/api/hires/${ids.durand}`]);
  const { body } = await server.api('GET', `/api/hires/${ids.durand}`);
  expect(body).toMatchObject({ endOn: '2025-03-31', endReason: 'Mutation', version: 2 });
  await waitFor(() => expect(screen.queryByRole('button', { name: 'Mettre fin au contrat' })).toBeNull());
  expect(screen.queryByRole('button', { name: /Supprimer/ })).toBeNull();
  shown.unmount();

  renderApp(`/hires/${ids.petit}`);
  expect(await screen.findByDisplayValue('Petit')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Enregistrer' })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /Supprimer/ })).toBeNull();
});

it('shows a read-only role the staff without the end-of-contract action', async () => {
  await server.signIn('region@essai.test');
  renderApp(`/hires/${ids.petit}/show`);
  expect(await screen.findByText('Jules')).toBeInTheDocument();
  // The centre's name is rendered again once its link resolves: wait for the settled page.
  await waitFor(() => expect(screen.getByText('Centre de santé de Sainte-Croix-Volvestre')).toBeInTheDocument());
  expect(screen.queryByRole('button', { name: 'Mettre fin au contrat' })).toBeNull();
  expect(screen.queryByRole('link', { name: 'Éditer' })).toBeNull();
});
