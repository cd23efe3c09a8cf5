import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { formatInstant } from '../../src/app/resources/interviews/format';
import { createAccount, TEST_ADMIN } from '../support/accounts';
import { renderApp } from '../support/app-render';
import { useAppServer } from '../support/app-server';
import { seedRecruitment } from './recruitment-fixtures';

let ids: Record<string, number> = {};
let adminId = 0;
const server = useAppServer({
  async prepare(s) {
    ids = await seedRecruitment(s);
    const me = await s.api('GET', '/api/auth/me');
    adminId = me.body.id;
  },
});

it('adds a note on the « Suivi » tab and shows it on the timeline, newest first, with its author and date', async () => {
  const user = userEvent.setup();
  renderApp(`/candidates/${ids.roux}/show/suivi`);
  const timeline = await screen.findByRole('list', { name: 'Fil du suivi' });
  // The stages of the application, with the position.
  expect(await within(timeline).findByText('Étape « Présélection »')).toBeInTheDocument();
  expect(within(timeline).getByText('le 10/02/2024')).toBeInTheDocument();
  expect(within(timeline).getAllByText(/Poste.{0,2}: Infirmier·e — Sainte-Croix/).length).toBeGreaterThan(0);

  await user.type(screen.getByRole('textbox', { name: /Nouvelle note/ }), 'Appelée ce jour.{Enter}Disponible en mars.');
  await user.click(screen.getByRole('button', { name: 'Enregistrer la note' }));
  expect(await within(timeline).findByText(/Appelée ce jour\.\s+Disponible en mars\./)).toBeInTheDocument();
  const first = within(timeline).getAllByRole('listitem')[0];
  expect(within(first).getByText('Note')).toBeInTheDocument();
  expect(within(first).getByText(/^le \d{2}\/\d{2}\/\d{4} à \d{1,2} h \d{2} par /)).toBeInTheDocument();
  const { body } = await server.api('GET', `/api/notes?filter=${encodeURIComponent(JSON.stringify({ candidateId: ids.roux }))}`);
  expect(body).toEqual([expect.objectContaining({ body: 'Appelée ce jour.\nDisponible en mars.', authorId: adminId })]);
  // Its author may edit it.
  expect(within(first).getByRole('button', { name: 'Modifier la note' })).toBeInTheDocument();
});

it('plans an interview from the candidate’s page: Paris date and time, panel of hr/admin accounts, then the invitation and feedback', async () => {
  const user = userEvent.setup();
  renderApp(`/candidates/${ids.bernard}/show/suivi`);
  await user.click(await screen.findByRole('link', { name: 'Planifier un entretien' }));
  const day = await screen.findByRole('textbox', { name: /Date de l’entretien/ });
  await user.type(day, '29/03/2026');
  await user.type(screen.getByRole('textbox', { name: /Heure \(heure de Paris\)/ }), '10h30');
  await user.type(screen.getByRole('textbox', { name: /Lieu ou lien/ }), 'https://visio.exemple.fr/bernard');
  await user.click(screen.getByRole('combobox', { name: /Jury/ }));
  await user.click(await screen.findByRole('option', { name: TEST_ADMIN.split('@')[0] }));
  await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
  expect(await screen.findByRole('button', { name: 'Télécharger l’invitation (.ics)' })).toBeInTheDocument();
  const { body } = await server.api('GET', `/api/interviews?filter=${encodeURIComponent(JSON.stringify({ candidateId: ids.bernard }))}`);
  // Summer time began that night: 10:30 in Paris is +02:00.
  expect(body).toEqual([expect.objectContaining({ applicationId: ids.bernardLacaune, startsAt: '2026-03-29T10:30:00+02:00', durationMinutes: 60, panelUserIds: [adminId], status: 'prevu' })]);

  // The signed-in panel member gives feedback: a rating chosen by keyboard among five radio buttons.
  const rating = await screen.findByRole('group', { name: /Votre note/ });
  within(rating).getByRole('radio', { name: 'Aucune note' }).focus();
  await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}');
  expect(within(rating).getByRole('radio', { name: '4 sur 5' })).toBeChecked();
  await user.type(screen.getByRole('textbox', { name: 'Commentaire' }), 'Motivé, disponible en mai.');
  await user.click(screen.getByRole('button', { name: 'Enregistrer mon avis' }));
  await waitFor(async () => {
    const feedback = await server.api('GET', `/api/interview-feedback?filter=${encodeURIComponent(JSON.stringify({ interviewId: body[0].id }))}`);
    expect(feedback.body).toEqual([expect.objectContaining({ rating: 4, userId: adminId, comment: 'Motivé, disponible en mai.' })]);
  });
  expect(await screen.findByText(/sur 5/, { selector: '.MuiListItemText-primary' })).toBeInTheDocument();
});

it('shows HR the interviews of the next 14 days on the dashboard, and the next one on the board’s card', async () => {
  const soon = new Date(Date.now() + 3 * 86_400_000);
  soon.setUTCHours(9, 0, 0, 0);
  const far = new Date(Date.now() + 30 * 86_400_000);
  const planned = await server.api('POST', '/api/interviews', {
    applicationId: ids.rouxScv,
    startsAt: soon.toISOString(),
    durationMinutes: 45,
    location: 'Centre de santé de Sainte-Croix-Volvestre',
    panelUserIds: [adminId],
    status: 'prevu',
  });
  expect(planned.status).toBe(201);
  await server.api('POST', '/api/interviews', { applicationId: ids.martinScv, startsAt: far.toISOString(), durationMinutes: 30, location: 'Visio', panelUserIds: [], status: 'prevu' });
  await createAccount(server.database.db, 'rh.entretiens@essai.test', 'hr');
  await server.signIn('rh.entretiens@essai.test');
  try {
    renderApp('/');
    const card = await screen.findByRole('region', { name: 'Entretiens des 14 prochains jours' });
    const when = formatInstant(planned.body.startsAt, 'fr');
    expect(await within(card).findByRole('link', { name: when })).toHaveAttribute('href', `/interviews/${planned.body.id}`);
    expect(within(card).getByText(/Inès Roux — Infirmier·e — Sainte-Croix/)).toBeInTheDocument();
    expect(within(card).queryByText(/Léa Martin/)).toBeNull();
  } finally {
    await server.signIn(TEST_ADMIN);
  }
  renderApp('/applications/board');
  const roux = await screen.findByRole('article', { name: 'Inès Roux' });
  expect(await within(roux).findByText(`Entretien le ${formatInstant(planned.body.startsAt, 'fr')}`)).toBeInTheDocument();
});
