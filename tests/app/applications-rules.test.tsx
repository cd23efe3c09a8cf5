import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { addDays, todayInFrance } from '../../src/domain/calendar';
import { renderApp } from '../support/app-render';
import { useAppServer } from '../support/app-server';
import { seedRecruitment } from './recruitment-fixtures';

/**
 * The recruitment rules in the app (issue 13, point 12): the application form's position picker offers
 * open positions only, each under a label that tells it apart from the others of the same title (FTE,
 * since when), and an edit keeps showing the current position once it is filled; the board says why a
 * card whose contract runs cannot move to « Refusée ».
 */
let ids: Record<string, number> = {};
const server = useAppServer({
  async prepare(s) {
    ids = await seedRecruitment(s);
    // Two more « Médecin généraliste — Lacaune »: one filled, one open at 0.5 FTE since another day.
    const more = async (body: object) => {
      const res = await s.api('POST', '/api/positions', { centreId: ids.lacaune, profession: 'medecin', title: 'Médecin généraliste — Lacaune', published: false, ...body });
      if (res.status !== 201) throw new Error(JSON.stringify(res.body));
      return res.body.id as number;
    };
    ids.filledLacaune = await more({ fte: 1, status: 'pourvu', openedOn: '2023-01-09' });
    ids.halfLacaune = await more({ fte: 0.5, status: 'ouvert', openedOn: '2025-02-03' });
  },
});

it('offers open positions only, under distinct labels', async () => {
  const user = userEvent.setup();
  renderApp('/applications/create');
  const picker = await screen.findByRole('combobox', { name: /^Poste/ });
  await user.click(picker);
  const listbox = await screen.findByRole('listbox');
  await waitFor(() => expect(within(listbox).getAllByRole('option').length).toBeGreaterThan(3));
  const labels = within(listbox).getAllByRole('option').map((o) => o.textContent);
  expect([...labels].sort()).toEqual(
    [
      'Infirmier·e — Sainte-Croix — 1 ETP — ouvert depuis le 15/01/2024',
      'Médecin généraliste — Lacaune — 0,5 ETP — ouvert depuis le 03/02/2025',
      'Médecin généraliste — Lacaune — 1 ETP — ouvert depuis le 15/01/2024',
      'Médecin généraliste — Sainte-Croix — 0,8 ETP — ouvert depuis le 15/01/2024',
    ].sort(),
  );
  expect(new Set(labels).size).toBe(labels.length);
  // The picker asked the API for open positions.
  const lists = server.requests.filter((r) => r.method === 'GET' && r.url.pathname === '/api/positions');
  expect(lists.length).toBeGreaterThan(0);
  expect(lists.every((r) => JSON.parse(r.url.searchParams.get('filter') ?? '{}').status === 'ouvert')).toBe(true);
});

it('still shows the current position of an application once it is filled', async () => {
  const position = await server.api('GET', `/api/positions/${ids.gpLacaune}`);
  const filled = await server.api('PUT', `/api/positions/${ids.gpLacaune}`, { ...position.body, status: 'pourvu' });
  expect(filled.status).toBe(200);
  renderApp(`/applications/${ids.bernardLacaune}`);
  const picker = await screen.findByRole('combobox', { name: /^Poste/ });
  await waitFor(() => expect(picker).toHaveValue('Médecin généraliste — Lacaune — 1 ETP — pourvu'));
});

it('says on the board why an application whose contract runs cannot be refused, and leaves its card', async () => {
  const hire = await server.api('POST', '/api/hires', {
    firstName: 'Marc', lastName: 'Faure', profession: 'medecin', centreId: ids.scv, contract: 'cdi', fte: 0.8, startOn: '2024-05-01', applicationId: ids.faureScv,
  });
  expect(hire.status).toBe(201);
  const user = userEvent.setup();
  renderApp('/applications/board');
  const faure = await screen.findByRole('article', { name: 'Marc Faure' });
  within(faure).getByRole('button', { name: 'Déplacer vers…' }).focus();
  await user.keyboard('{Enter}');
  const menu = await screen.findByRole('menu', { name: 'Déplacer vers…' });
  await user.click(within(menu).getByRole('menuitem', { name: 'Refusée' }));
  // The reason is asked first; the server then refuses the move.
  const reason = await screen.findByRole('dialog', { name: /Motif du refus.*Marc Faure/ });
  await user.selectOptions(within(reason).getByRole('combobox', { name: /Motif/ }), 'Profil ne correspondant pas');
  await user.click(within(reason).getByRole('button', { name: 'Enregistrer' }));
  expect(await screen.findByText(/^Déplacement impossible : Un contrat en cours est attaché à cette candidature/)).toBeInTheDocument();
  // The reason's dialog closes (its transition hides the board from the accessibility tree meanwhile).
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  const accepted = await screen.findByRole('region', { name: /^Acceptée \(/ });
  await waitFor(() => expect(within(accepted).getByRole('article', { name: 'Marc Faure' })).toBeInTheDocument());
  expect((await server.api('GET', `/api/applications/${ids.faureScv}`)).body.stage).toBe('acceptee');
});

const frenchDate = (iso: string) => iso.split('-').reverse().join('/');

it('refuses in the form a stage date in the future, then one before the previous stage’s (the server’s reason on the field)', async () => {
  const user = userEvent.setup();
  renderApp(`/applications/${ids.bernardLacaune}`);
  const date = await screen.findByLabelText(/^Étape atteinte le/);
  await waitFor(() => expect(date).toHaveValue('01/03/2024'));
  await user.clear(date);
  await user.type(date, frenchDate(addDays(todayInFrance(), 1)));
  expect(await screen.findByText(/^Cette date est dans le futur/)).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
  expect(server.requests.filter((r) => r.method === 'PUT')).toEqual([]);

  // A move to « Offre » dated 15/02/2024: Entretien was reached on 01/03/2024, the server says so on the field.
  await user.click(screen.getByRole('combobox', { name: /^Étape/ }));
  await user.click(await screen.findByRole('option', { name: 'Offre' }));
  await user.clear(date);
  await user.type(date, '15/02/2024');
  await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
  expect(await screen.findByText('Cette date précède celle de l’étape précédente (01/03/2024)')).toBeInTheDocument();
  expect(date).toHaveAttribute('aria-invalid', 'true');
  const { body } = await server.api('GET', `/api/applications/${ids.bernardLacaune}`);
  expect(body).toMatchObject({ stage: 'entretien', stageOn: '2024-03-01' });
});
