import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { todayInFrance } from '../../src/domain/calendar';
import { createAccount, TEST_ADMIN } from '../support/accounts';
import { renderApp } from '../support/app-render';
import { useAppServer } from '../support/app-server';
import { rpps, seedRecruitment } from './recruitment-fixtures';

let ids: Record<string, number> = {};
const server = useAppServer({
  async prepare(s) {
    ids = await seedRecruitment(s);
    await createAccount(s.database.db, 'membre@essai.test', 'member', ids.couserans);
  },
});

const column = (stage: string) => screen.getByRole('region', { name: new RegExp(`^${stage} \\(`) });
const card = (name: string) => screen.getByRole('article', { name });

it('shows one column per stage with its count, and one card per application', async () => {
  renderApp('/applications/board');
  await screen.findByRole('article', { name: 'Léa Martin' });
  const names = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
  expect(names).toEqual(['Reçue (1)', 'Présélection (1)', 'Entretien (1)', 'Offre (0)', 'Acceptée (1)', 'Refusée (0)', 'Retirée (0)']);
  const martin = within(column('Reçue')).getByRole('article', { name: 'Léa Martin' });
  expect(within(martin).getByText('Médecin généraliste — Sainte-Croix')).toBeInTheDocument();
  expect(await within(martin).findByText('Centre de santé de Sainte-Croix-Volvestre')).toBeInTheDocument();
  expect(within(column('Entretien')).getByText('depuis le 01/03/2024')).toBeInTheDocument();
});

it('moves a card with the keyboard menu: one PUT, the stage and its date recorded', async () => {
  const user = userEvent.setup();
  renderApp('/applications/board');
  const martin = await screen.findByRole('article', { name: 'Léa Martin' });
  const button = within(martin).getByRole('button', { name: 'Déplacer vers…' });
  button.focus();
  await user.keyboard('{Enter}');
  const menu = await screen.findByRole('menu', { name: 'Déplacer vers…' });
  expect(within(menu).getAllByRole('menuitem').map((i) => i.textContent)).toEqual(['Présélection', 'Entretien', 'Offre', 'Acceptée', 'Refusée', 'Retirée']);
  await user.keyboard('{ArrowDown}{Enter}');

  await waitFor(() => expect(within(column('Entretien')).getByRole('article', { name: 'Léa Martin' })).toBeInTheDocument());
  expect(within(column('Reçue')).queryByRole('article')).toBeNull();
  await screen.findByText('Candidature de Léa Martin déplacée vers « Entretien »');

  const writes = server.requests.filter((r) => r.method !== 'GET');
  expect(writes.map((r) => `${r.method} ${r.url.pathname}`)).toEqual([`PUT /api/applications/${ids.martinScv}`]);
  const { body } = await server.api('GET', `/api/applications/${ids.martinScv}`);
  expect(body.stage).toBe('entretien');
  expect(body.stageOn).toBe(todayInFrance());
  expect(body.stageHistory).toEqual([
    { stage: 'recue', on: '2024-02-01' },
    { stage: 'entretien', on: todayInFrance() },
  ]);
});

it('says so and reloads the board when somebody else moved the card first (409)', async () => {
  const user = userEvent.setup();
  renderApp('/applications/board');
  const roux = await screen.findByRole('article', { name: 'Inès Roux' });
  const current = await server.api('GET', `/api/applications/${ids.rouxScv}`);
  await server.api('PUT', `/api/applications/${ids.rouxScv}`, { ...current.body, stage: 'retiree', outcomeReason: 'autre_offre' });

  await user.click(within(roux).getByRole('button', { name: 'Déplacer vers…' }));
  await user.click(await screen.findByRole('menuitem', { name: 'Offre' }));
  expect(await screen.findByText('Cette candidature a été modifiée entre-temps : le tableau est rechargé.')).toBeInTheDocument();
  await waitFor(() => expect(within(column('Retirée')).getByRole('article', { name: 'Inès Roux' })).toBeInTheDocument());
  expect(within(column('Offre')).queryByRole('article')).toBeNull();
  // Back in the column the server says, the card has the focus again.
  const back = within(column('Retirée')).getByRole('article', { name: 'Inès Roux' });
  await waitFor(() => expect(document.activeElement).toBe(within(back).getByRole('button', { name: 'Déplacer vers…' })));
  expect((await server.api('GET', `/api/applications/${ids.rouxScv}`)).body.stage).toBe('retiree');
});

it('gives the keyboard focus back to the moved card’s « Déplacer vers… » button, in its new column', async () => {
  const user = userEvent.setup();
  renderApp('/applications/board');
  const bernard = await screen.findByRole('article', { name: 'Hugo Bernard' });
  within(bernard).getByRole('button', { name: 'Déplacer vers…' }).focus();
  await user.keyboard('{Enter}');
  const menu = await screen.findByRole('menu', { name: 'Déplacer vers…' });
  // A card in « Entretien » is offered Reçue first, then Présélection.
  await waitFor(() => expect(within(menu).getByRole('menuitem', { name: 'Reçue' })).toHaveFocus());
  await user.keyboard('{ArrowDown}{Enter}');
  const moved = await waitFor(() => within(column('Présélection')).getByRole('article', { name: 'Hugo Bernard' }));
  await waitFor(() => expect(document.activeElement).toBe(within(moved).getByRole('button', { name: 'Déplacer vers…' })));
  await screen.findByText('Candidature de Hugo Bernard déplacée vers « Présélection »');
  // Still there once the board has reloaded from the server.
  const saved = await waitFor(() => within(column('Présélection')).getByRole('article', { name: 'Hugo Bernard' }));
  expect(document.activeElement).toBe(within(saved).getByRole('button', { name: 'Déplacer vers…' }));
});

it('filters the board by centre and by profession', async () => {
  const user = userEvent.setup();
  renderApp('/applications/board');
  await screen.findByRole('article', { name: 'Hugo Bernard' });
  await user.click(screen.getByRole('combobox', { name: 'Centre' }));
  await user.click(await screen.findByRole('option', { name: 'Centre de santé de Lacaune' }));
  await waitFor(() => expect(screen.queryByRole('article', { name: 'Marc Faure' })).toBeNull());
  expect(screen.getAllByRole('article').map((a) => a.getAttribute('aria-labelledby') && a.querySelector('h3')?.textContent)).toEqual(['Hugo Bernard']);

  await user.click(screen.getByRole('combobox', { name: 'Centre' }));
  await user.click(await screen.findByRole('option', { name: 'Tous les centres' }));
  await user.click(screen.getByRole('combobox', { name: 'Profession' }));
  await user.click(await screen.findByRole('option', { name: 'Infirmier·e' }));
  await waitFor(() => expect(screen.getAllByRole('article').map((a) => a.querySelector('h3')?.textContent)).toEqual(['Inès Roux']));
});

it('opens the hire form pre-filled from an accepted application', async () => {
  const user = userEvent.setup();
  renderApp('/applications/board');
  const faure = await screen.findByRole('article', { name: 'Marc Faure' });
  await user.click(await within(faure).findByRole('link', { name: 'Créer le recrutement' }));
  expect(await screen.findByDisplayValue('Faure')).toHaveAttribute('name', 'lastName');
  expect(screen.getByDisplayValue('Marc')).toHaveAttribute('name', 'firstName');
  expect(screen.getByDisplayValue(rpps('1000987654'))).toHaveAttribute('name', 'rpps');
  expect(screen.getByDisplayValue('0.8')).toHaveAttribute('name', 'fte');
  expect(await screen.findByDisplayValue('Centre de santé de Sainte-Croix-Volvestre')).toBeInTheDocument();
  expect(screen.getByRole('combobox', { name: /Profession/ })).toHaveTextContent('Médecin généraliste');
  expect(screen.queryByRole('article', { name: 'Léa Martin' })).toBeNull();
  expect(screen.queryByText('Créer le recrutement')).toBeNull();

  await user.type(screen.getByLabelText(/Début/), '2024-05-01');
  await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
  await screen.findByRole('button', { name: 'Mettre fin au contrat' });
  const hires = await server.api('GET', `/api/hires?filter=${encodeURIComponent(JSON.stringify({ applicationId: ids.faureScv }))}`);
  expect(hires.body).toEqual([
    expect.objectContaining({ lastName: 'Faure', centreId: ids.scv, fte: 0.8, profession: 'medecin', startOn: '2024-05-01', applicationId: ids.faureScv }),
  ]);
});

it('lists applications filtered by stage', async () => {
  renderApp(`/applications?filter=${encodeURIComponent(JSON.stringify({ stage: 'acceptee' }))}`);
  expect(await screen.findByText('Marc Faure')).toBeInTheDocument();
  expect(screen.queryByText('Hugo Bernard')).toBeNull();
  expect(screen.getByText('1-1 sur 1')).toBeInTheDocument();
  expect(server.requests.some((r) => r.url.pathname === '/api/applications' && JSON.parse(r.url.searchParams.get('filter') ?? '{}').stage === 'acceptee')).toBe(true);
});

it('keeps candidates and the board away from a member account', async () => {
  await server.signIn('membre@essai.test');
  const board = renderApp('/applications/board');
  expect(await screen.findByText('Votre rôle ne donne pas accès aux candidatures.')).toBeInTheDocument();
  board.unmount();
  renderApp('/candidates');
  expect(await screen.findByText("Vous n'avez pas les droits d'accès à cette page")).toBeInTheDocument();
  expect(screen.queryByText('Martin')).toBeNull();
  expect(screen.queryByText('lea.martin@exemple.fr')).toBeNull();
  // The server is the one that refuses (react-admin may ask before it redirects): no personal data leaves it.
  expect((await server.api('GET', '/api/candidates')).status).toBe(403);
  expect((await server.api('GET', `/api/candidates/${ids.martin}`)).status).toBe(403);
});

describe('a long outcome column', () => {
  it('shows its 20 newest cards and links to the others in the list, and still moves a card with the keyboard', async () => {
    await server.signIn(TEST_ADMIN);
    const position = await server.api('POST', '/api/positions', {
      centreId: ids.lacaune, profession: 'sage_femme', title: 'Sage-femme — Lacaune', status: 'ouvert', openedOn: '2023-01-02', fte: 1, published: false,
    });
    expect(position.status).toBe(201);
    // 25 refused applications, refused on 1 to 25 May 2024: the newest 20 are those of 6 to 25 May.
    for (let day = 1; day <= 25; day++) {
      const dd = String(day).padStart(2, '0');
      const candidate = await server.api('POST', '/api/candidates', {
        firstName: `Refus${dd}`, lastName: 'Essai', profession: 'sage_femme', source: 'forum', consentUntil: '2027-06-30', email: `refus${dd}@exemple.fr`,
      });
      const application = await server.api('POST', '/api/applications', {
        candidateId: candidate.body.id, positionId: position.body.id, appliedOn: '2024-04-01', stage: 'refusee', stageOn: `2024-05-${dd}`, outcomeReason: 'poste_pourvu',
      });
      expect(application.status).toBe(201);
    }
    const user = userEvent.setup();
    renderApp('/applications/board');
    const refused = await waitFor(() => column('Refusée'));
    await within(refused).findByRole('article', { name: 'Refus25 Essai' });
    expect(within(refused).getByRole('heading', { level: 2 })).toHaveTextContent('Refusée (25)');
    const names = within(refused).getAllByRole('article').map((a) => a.querySelector('h3')?.textContent);
    expect(names).toEqual(Array.from({ length: 20 }, (_, i) => `Refus${String(25 - i).padStart(2, '0')} Essai`));
    const more = within(refused).getByRole('link', { name: 'Voir les 5 autres' });
    const target = new URL(more.getAttribute('href')!, 'http://localhost');
    expect(target.pathname).toBe('/applications');
    expect(JSON.parse(target.searchParams.get('filter')!)).toEqual({ stage: 'refusee' });
    // Only 20 refused applications were asked for, not all of them.
    const refusedPages = server.requests
      .filter((r) => r.url.pathname === '/api/applications' && JSON.parse(r.url.searchParams.get('filter') ?? '{}').stage === 'refusee')
      .map((r) => r.url.searchParams.get('range'));
    expect(refusedPages.length).toBeGreaterThan(0);
    expect(new Set(refusedPages)).toEqual(new Set(['[0,19]']));

    // The keyboard menu still moves a card out of the long column; the count and the link follow.
    const newest = within(refused).getByRole('article', { name: 'Refus25 Essai' });
    within(newest).getByRole('button', { name: 'Déplacer vers…' }).focus();
    await user.keyboard('{Enter}');
    await user.click(await screen.findByRole('menuitem', { name: 'Offre' }));
    await waitFor(() => expect(within(column('Offre')).getByRole('article', { name: 'Refus25 Essai' })).toBeInTheDocument());
    await waitFor(() => expect(within(column('Refusée')).getByRole('heading', { level: 2 })).toHaveTextContent('Refusée (24)'));
    await waitFor(() => expect(within(column('Refusée')).getByRole('link', { name: 'Voir les 4 autres' })).toBeInTheDocument());
    expect(within(column('Refusée')).getAllByRole('article')).toHaveLength(20);
    expect(within(column('Refusée')).getByRole('article', { name: 'Refus05 Essai' })).toBeInTheDocument();

    // The link leads to the list of refused applications, newest first.
    await user.click(within(column('Refusée')).getByRole('link', { name: 'Voir les 4 autres' }));
    expect(await screen.findByText('1-24 sur 24')).toBeInTheDocument();
    expect((await screen.findAllByText('Refus24 Essai')).length).toBeGreaterThan(0);
  });
});

describe('an outcome’s reason', () => {
  // The column a card stands in (the tests above may have moved it).
  const stageOf = (article: HTMLElement) => article.closest('section')!.querySelector('h2')!.textContent!.replace(/ \(\d+\)$/, '');

  it('is asked before a card moves to « Refusée »: required, saved with the move and its note, then the refusal e-mail is proposed', async () => {
    await server.signIn(TEST_ADMIN);
    server.requests.length = 0;
    const user = userEvent.setup();
    renderApp('/applications/board');
    const bernard = await screen.findByRole('article', { name: 'Hugo Bernard' });
    const from = stageOf(bernard);
    within(bernard).getByRole('button', { name: 'Déplacer vers…' }).focus();
    await user.keyboard('{Enter}');
    await user.click(within(await screen.findByRole('menu', { name: 'Déplacer vers…' })).getByRole('menuitem', { name: 'Refusée' }));

    const dialog = await screen.findByRole('dialog', { name: /Motif du refus.*Hugo Bernard/ });
    const select = within(dialog).getByRole('combobox', { name: /Motif/ });
    await waitFor(() => expect(select).toHaveFocus());
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Choisir un motif', 'Profil ne correspondant pas', 'Poste pourvu', 'Candidat·e injoignable', 'Autre',
    ]);
    // Not without a reason: nothing is sent, the card has not moved.
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    expect(await within(dialog).findByText('Indiquez le motif du refus')).toBeInTheDocument();
    expect(server.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    // (Behind the modal dialog the board is hidden from assistive technologies: looked up with `hidden`.)
    expect(stageOf(screen.getByRole('article', { name: 'Hugo Bernard', hidden: true }))).toBe(from);

    await user.selectOptions(select, 'Poste pourvu');
    await user.type(within(dialog).getByRole('textbox', { name: /Précisions/ }), 'Recrutement interne.');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    const email = await screen.findByRole('dialog', { name: 'Courriel de refus à Hugo Bernard' });
    await within(email).findByRole('textbox', { name: 'Objet' });
    const { body } = await server.api('GET', `/api/applications/${ids.bernardLacaune}`);
    expect(body).toMatchObject({ stage: 'refusee', outcomeReason: 'poste_pourvu', outcomeNote: 'Recrutement interne.' });
    expect(server.requests.filter((r) => r.method === 'PUT').map((r) => r.url.pathname)).toEqual([`/api/applications/${ids.bernardLacaune}`]);

    await user.click(within(email).getByRole('button', { name: 'Ne pas envoyer' }));
    const moved = await waitFor(() => within(column('Refusée')).getByRole('article', { name: 'Hugo Bernard' }));
    await waitFor(() => expect(document.activeElement).toBe(within(moved).getByRole('button', { name: 'Déplacer vers…' })));
  });

  it('offers a withdrawal its own list; cancelled, the card stays and keeps the focus', async () => {
    const user = userEvent.setup();
    renderApp('/applications/board');
    const martin = await screen.findByRole('article', { name: 'Léa Martin' });
    const from = stageOf(martin);
    const button = within(martin).getByRole('button', { name: 'Déplacer vers…' });
    button.focus();
    await user.keyboard('{Enter}');
    await user.click(within(await screen.findByRole('menu', { name: 'Déplacer vers…' })).getByRole('menuitem', { name: 'Retirée' }));
    let dialog = await screen.findByRole('dialog', { name: /Motif du retrait.*Léa Martin/ });
    expect(within(dialog).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Choisir un motif', 'Rémunération', 'Localisation', 'Autre offre acceptée', 'Situation personnelle', 'Autre',
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(within(column(from)).getByRole('article', { name: 'Léa Martin' })).toBeInTheDocument();
    await waitFor(() => expect(document.activeElement).toBe(within(card('Léa Martin')).getByRole('button', { name: 'Déplacer vers…' })));
    expect(server.requests.filter((r) => r.method !== 'GET')).toEqual([]);

    // Again, with a reason: moved, and no refusal e-mail for a withdrawal.
    await user.keyboard('{Enter}');
    await user.click(within(await screen.findByRole('menu', { name: 'Déplacer vers…' })).getByRole('menuitem', { name: 'Retirée' }));
    dialog = await screen.findByRole('dialog', { name: /Motif du retrait.*Léa Martin/ });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Motif/ }), 'Localisation');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    const moved = await waitFor(() => within(column('Retirée')).getByRole('article', { name: 'Léa Martin' }));
    await screen.findByText('Candidature de Léa Martin déplacée vers « Retirée »');
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(within(column('Retirée')).getByRole('article', { name: 'Léa Martin' }).querySelector('[data-move-application]')));
    expect(moved).toBeInTheDocument();
    expect((await server.api('GET', `/api/applications/${ids.martinScv}`)).body).toMatchObject({ stage: 'retiree', outcomeReason: 'localisation', outcomeNote: null });
  });
});
