import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { renderApp } from '../support/app-render';
import { useAppServer } from '../support/app-server';
import { seedRecruitment } from './recruitment-fixtures';

/**
 * The e-mail screens (issue 14, point 7): the outbox with the SMTP notice (the app's server has none),
 * a template's edit page with its live preview, and the board's refusal dialog.
 */
let ids: Record<string, number> = {};
const server = useAppServer({
  async prepare(s) {
    ids = await seedRecruitment(s);
  },
});

/** French typography: the catalogue puts a non-breaking space before « : ». */
const fr = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ :/g, '[\\s\\u00a0]:'));
const column = (stage: string) => screen.getByRole('region', { name: new RegExp(`^${stage} \\(`) });

it('the outbox says that nothing is sent without an SMTP server, and shows a message with its status, text and attachments', async () => {
  const queued = await server.api('POST', '/api/emails', { event: 'refus', applicationId: ids.martinScv, subject: 'Votre candidature', body: 'Bonjour {{prenom}},\n\nNous regrettons.' });
  expect(queued.status).toBe(201);
  const user = userEvent.setup();
  renderApp('/emails');
  expect(await screen.findByText(fr('Non envoyé : aucun serveur SMTP configuré'), { selector: '.MuiAlertTitle-root' })).toBeInTheDocument();
  const row = (await screen.findByText('Votre candidature')).closest('tr')!;
  expect(within(row).getByText('lea.martin@exemple.fr')).toBeInTheDocument();
  expect(within(row).getByText('En attente')).toBeInTheDocument();
  expect(within(row).getByText('Non envoyé : aucun serveur SMTP configuré')).toBeInTheDocument();
  expect(within(row).getByText('Réponse négative')).toBeInTheDocument();

  await user.click(within(row).getByText('Votre candidature'));
  expect(await screen.findByText(/Bonjour Léa,\s+Nous regrettons\./)).toBeInTheDocument();
  expect(screen.getByText('Aucune pièce jointe')).toBeInTheDocument();
  // Waiting, not failed: nothing to send again.
  expect(screen.queryByRole('button', { name: 'Renvoyer' })).toBeNull();
});

it('a failed message offers « Renvoyer », which puts it back in the queue', async () => {
  const queued = await server.api('POST', '/api/emails', { event: 'refus', applicationId: ids.rouxScv, subject: 'Réponse à votre candidature', body: 'Bonjour' });
  const { emails } = await import('../../src/server/db/schema');
  const { eq } = await import('drizzle-orm');
  await server.database.db.update(emails).set({ status: 'echec', attempts: 8, lastError: '550 5.1.1 Boîte inconnue' }).where(eq(emails.id, queued.body.id));
  const user = userEvent.setup();
  renderApp(`/emails/${queued.body.id}/show`);
  expect(await screen.findByText('550 5.1.1 Boîte inconnue')).toBeInTheDocument();
  expect(screen.getByText('Échec')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Renvoyer' }));
  expect(await screen.findByText('Le courriel est remis en file d’envoi.')).toBeInTheDocument();
  await waitFor(() => expect(screen.getByText('En attente')).toBeInTheDocument());
  expect(screen.queryByRole('button', { name: 'Renvoyer' })).toBeNull();
  expect((await server.api('GET', `/api/emails/${queued.body.id}`)).body).toMatchObject({ status: 'en_attente', attempts: 0 });
});

it('the templates’ list shows the five events, and a row opens the template for editing', async () => {
  const user = userEvent.setup();
  renderApp('/email-templates');
  const refusal = await screen.findByText('Réponse négative');
  const rows = screen.getAllByRole('row').slice(1);
  expect(rows.map((r) => within(r).getAllByRole('cell')[0].textContent)).toEqual([
    'Candidature reçue',
    'Invitation à un entretien',
    'Proposition de poste',
    'Réponse négative',
    'Retrait confirmé',
  ]);
  expect(screen.queryByRole('button', { name: /Créer|Exporter/ })).toBeNull();
  await user.click(refusal);
  expect(await screen.findByText(/Modifier le modèle « Réponse négative »/)).toBeInTheDocument();
  expect(await screen.findByTestId('template-preview-body')).toBeInTheDocument();
});

it('a template’s page lists the variables and previews the text with sample values as it is typed; an unknown variable is named', async () => {
  const templates = (await server.api('GET', '/api/email-templates')).body as { id: number; event: string }[];
  const refusal = templates.find((t) => t.event === 'refus')!;
  const user = userEvent.setup();
  renderApp(`/email-templates/${refusal.id}`);
  const preview = await screen.findByTestId('template-preview-body');
  expect(preview.textContent).toMatch(/^Bonjour Camille Martin,/);
  expect(preview.textContent).toContain('Médecin généraliste');
  expect(screen.getByText('{{prenom}}')).toBeInTheDocument();
  expect(screen.getByText('Prénom de la personne candidate')).toBeInTheDocument();
  // The interview's variables are not offered outside the invitation.
  expect(screen.queryByText('{{date_entretien}}')).toBeNull();

  const body = screen.getByLabelText(/^Message/);
  await user.clear(body);
  await user.click(body);
  await user.paste('Bonjour {{prenom}} de {{commune}}.');
  await waitFor(() => expect(screen.getByTestId('template-preview-body').textContent).toBe('Bonjour Camille de Sainte-Croix-Volvestre.'));
  await user.paste(' {{civilite}}');
  expect(await screen.findByText(/Aperçu impossible.*Variable inconnue « {{civilite}} »/)).toBeInTheDocument();
  expect(screen.queryByTestId('template-preview-body')).toBeNull();
});

it('moving a card to « Refusée » proposes the refusal e-mail, sent as HR edited it, and the focus goes back to the card', async () => {
  const user = userEvent.setup();
  renderApp('/applications/board');
  const bernard = await screen.findByRole('article', { name: 'Hugo Bernard' });
  within(bernard).getByRole('button', { name: 'Déplacer vers…' }).focus();
  await user.keyboard('{Enter}');
  const menu = await screen.findByRole('menu', { name: 'Déplacer vers…' });
  await user.click(within(menu).getByRole('menuitem', { name: 'Refusée' }));
  // The refusal's reason first (OutcomeReasonDialog), then its e-mail.
  const reason = await screen.findByRole('dialog', { name: /Motif du refus.*Hugo Bernard/ });
  await user.selectOptions(within(reason).getByRole('combobox', { name: /Motif/ }), 'Profil ne correspondant pas');
  await user.click(within(reason).getByRole('button', { name: 'Enregistrer' }));

  const dialog = await screen.findByRole('dialog', { name: 'Courriel de refus à Hugo Bernard' });
  const subject = await within(dialog).findByRole('textbox', { name: 'Objet' });
  expect(subject).toHaveValue('Votre candidature\u00a0: Médecin généraliste — Lacaune');
  const message = within(dialog).getByRole('textbox', { name: 'Message' });
  expect((message as HTMLTextAreaElement).value).toMatch(/^Bonjour Hugo Bernard,\n\nNous vous remercions/);
  expect(within(dialog).getByText(fr('Destinataire : hugo.bernard@exemple.fr'))).toBeInTheDocument();
  expect((await server.api('GET', `/api/applications/${ids.bernardLacaune}`)).body.stage).toBe('refusee');
  // Nothing is queued before HR says so.
  expect(server.requests.filter((r) => r.method === 'POST' && r.url.pathname === '/api/emails')).toEqual([]);

  await user.clear(subject);
  await user.type(subject, 'Votre candidature à Lacaune');
  await user.click(within(dialog).getByRole('button', { name: 'Envoyer' }));
  expect(await screen.findByText(fr('Courriel de refus mis en file d’envoi (non envoyé : aucun serveur SMTP configuré).'))).toBeInTheDocument();
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  const moved = within(column('Refusée')).getByRole('article', { name: 'Hugo Bernard' });
  await waitFor(() => expect(document.activeElement).toBe(within(moved).getByRole('button', { name: 'Déplacer vers…' })));

  const outbox = (await server.api('GET', `/api/emails?filter=${encodeURIComponent(JSON.stringify({ applicationId: ids.bernardLacaune }))}`)).body;
  expect(outbox).toMatchObject([{ event: 'refus', to: 'hugo.bernard@exemple.fr', subject: 'Votre candidature à Lacaune', status: 'en_attente' }]);
  expect(outbox[0].body).toMatch(/^Bonjour Hugo Bernard,/);
});

it('« Ne pas envoyer » closes the dialog and queues nothing; the card stays refused', async () => {
  const user = userEvent.setup();
  renderApp('/applications/board');
  const roux = await screen.findByRole('article', { name: 'Inès Roux' });
  await user.click(within(roux).getByRole('button', { name: 'Déplacer vers…' }));
  await user.click(await screen.findByRole('menuitem', { name: 'Refusée' }));
  const reason = await screen.findByRole('dialog', { name: /Motif du refus.*Inès Roux/ });
  await user.selectOptions(within(reason).getByRole('combobox', { name: /Motif/ }), 'Poste pourvu');
  await user.click(within(reason).getByRole('button', { name: 'Enregistrer' }));
  const dialog = await screen.findByRole('dialog', { name: 'Courriel de refus à Inès Roux' });
  await within(dialog).findByRole('textbox', { name: 'Objet' });
  await user.click(within(dialog).getByRole('button', { name: 'Ne pas envoyer' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  expect(server.requests.filter((r) => r.method === 'POST' && r.url.pathname === '/api/emails')).toEqual([]);
  expect((await server.api('GET', `/api/applications/${ids.rouxScv}`)).body.stage).toBe('refusee');
});
