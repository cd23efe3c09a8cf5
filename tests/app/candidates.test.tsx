import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { renderApp, rowNamed } from '../support/app-render';
import { useAppServer } from '../support/app-server';
import { rpps, seedRecruitment } from './recruitment-fixtures';

let ids: Record<string, number> = {};
const server = useAppServer({
  async prepare(s) {
    ids = await seedRecruitment(s);
  },
});

it('refuses an invalid RPPS as it is typed, sends nothing, then creates the candidate', async () => {
  const user = userEvent.setup();
  renderApp('/candidates/create');
  await user.type(await screen.findByLabelText(/^Nom/), 'Garcia');
  await user.type(screen.getByLabelText(/^Prénom/), 'Sofia');
  await user.type(screen.getByLabelText(/^Courriel/), 'sofia.garcia@exemple.fr');
  await user.click(screen.getByRole('combobox', { name: /Profession/ }));
  await user.click(await screen.findByRole('option', { name: 'Sage-femme' }));
  await user.click(screen.getByRole('combobox', { name: /Origine/ }));
  await user.click(await screen.findByRole('option', { name: 'Faculté de médecine' }));
  const field = screen.getByLabelText(/^RPPS/);
  const wrong = rpps('1000555555').slice(0, 10) + ((Number(rpps('1000555555')[10]) + 1) % 10);
  await user.type(field, wrong);
  await user.tab();
  expect(await screen.findByText('Clé de contrôle du numéro RPPS invalide')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
  expect(server.requests.filter((r) => r.method === 'POST')).toEqual([]);

  await user.clear(field);
  await user.type(field, '123');
  expect(await screen.findByText('Le numéro RPPS compte 11 chiffres')).toBeInTheDocument();
  await user.clear(field);
  await user.type(field, rpps('1000555555'));
  await waitFor(() => expect(screen.queryByText(/numéro RPPS/)).toBeNull());
  await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
  expect(await screen.findByRole('heading', { level: 1, name: /Sofia Garcia/ })).toBeInTheDocument();
  expect(server.requests.filter((r) => r.method === 'POST').map((r) => r.url.pathname)).toEqual(['/api/candidates']);
  const { body } = await server.api('GET', `/api/candidates?filter=${encodeURIComponent(JSON.stringify({ q: 'garcia' }))}`);
  expect(body).toEqual([expect.objectContaining({ rpps: rpps('1000555555'), profession: 'sage_femme', source: 'faculte' })]);
});

it('shows a candidate with their applications', async () => {
  renderApp(`/candidates/${ids.faure}/show`);
  expect(await screen.findByRole('heading', { level: 1, name: /Marc Faure/ })).toBeInTheDocument();
  const table = (await screen.findByText('Médecin généraliste — Sainte-Croix — 0,8 ETP — ouvert depuis le 15/01/2024')).closest('table')!;
  expect(within(table).getByText('Acceptée')).toBeInTheDocument();
  expect(await within(table).findByText('Centre de santé de Sainte-Croix-Volvestre')).toBeInTheDocument();
  expect(within(table).getAllByRole('row')).toHaveLength(2);
});

it('lists candidates filtered by profession, with sortable columns', async () => {
  renderApp(`/candidates?filter=${encodeURIComponent(JSON.stringify({ profession: 'infirmier' }))}`);
  expect(await screen.findByText('Roux')).toBeInTheDocument();
  expect(screen.queryByText('Martin')).toBeNull();
  expect(within(rowNamed('Roux')).getByText('Infirmier·e')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: /Trier par prénom/ })).toBeInTheDocument();
});

it('shows a position with the applications it received', async () => {
  renderApp(`/positions/${ids.gpScv}/show`);
  const table = (await screen.findByText('Léa Martin')).closest('table')!;
  expect(within(table).getByText('Marc Faure')).toBeInTheDocument();
  expect(within(table).queryByText('Hugo Bernard')).toBeNull();
});

it('publishes and withdraws a job offer with one update each', async () => {
  const user = userEvent.setup();
  renderApp(`/positions/${ids.nurseScv}/show`);
  await user.click(await screen.findByRole('button', { name: 'Publier l’offre' }));
  expect(await screen.findByRole('button', { name: 'Retirer l’offre' })).toBeInTheDocument();
  expect((await server.api('GET', `/api/positions/${ids.nurseScv}`)).body.published).toBe(true);
  await user.click(screen.getByRole('button', { name: 'Retirer l’offre' }));
  expect(await screen.findByRole('button', { name: 'Publier l’offre' })).toBeInTheDocument();
  expect((await server.api('GET', `/api/positions/${ids.nurseScv}`)).body.published).toBe(false);
  expect(server.requests.filter((r) => r.method !== 'GET').map((r) => r.method)).toEqual(['PUT', 'PUT']);
});
