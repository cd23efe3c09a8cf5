import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { createAccount } from '../support/accounts';
import { renderApp } from '../support/app-render';
import { useAppServer } from '../support/app-server';
import { sampleFiles } from '../support/files';
import { seedRecruitment } from './recruitment-fixtures';

let ids: Record<string, number> = {};
const server = useAppServer({
  async prepare(s) {
    ids = await seedRecruitment(s);
    await createAccount(s.database.db, 'membre-docs@essai.test', 'member', ids.couserans);
  },
});

/**
 * A PDF of that many bytes (its first bytes make it a PDF; the rest is padding). Its name is ASCII:
 * here the server app runs under happy-dom, whose Response.formData() reads a file name's UTF-8 bytes
 * as Latin-1 (« LÃ©a »); Node's and the browsers' read them right (tests/api/documents.test.ts
 * downloads accented names; the Chromium screenshot shows one).
 */
function pdfOf(bytes: number): File {
  const content = new Uint8Array(bytes);
  content.set(sampleFiles.pdf());
  return new File([content], 'CV Lea Martin.pdf', { type: 'application/pdf' });
}

const documentsOf = async (candidateId: number) =>
  (await server.api('GET', `/api/documents?filter=${encodeURIComponent(JSON.stringify({ candidateId }))}`)).body as Record<string, any>[];

it('uploads a PDF from the candidate page, lists it with its size and date, and deletes it after confirmation', async () => {
  const user = userEvent.setup();
  renderApp(`/candidates/${ids.martin}/show/documents`);
  expect(await screen.findByText('Aucun document')).toBeInTheDocument();
  expect(screen.getByRole('tab', { name: 'Documents', selected: true })).toBeInTheDocument();
  expect(screen.getByText(/PDF, Word \(DOCX\), OpenDocument \(ODT\), JPEG ou PNG, 10 Mo au plus/)).toBeInTheDocument();

  // Tied to her application to « Médecin généraliste — Sainte-Croix ».
  await user.click(screen.getByRole('combobox', { name: /Candidature/ }));
  await user.click(await screen.findByRole('option', { name: /Médecin généraliste — Sainte-Croix/ }));
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  expect(input.accept).toContain('application/pdf');
  await user.upload(input, pdfOf(Math.round(1.2 * 1024 * 1024)));
  await user.click(screen.getByRole('button', { name: 'Déposer un document' }));

  const row = (await screen.findByText('CV Lea Martin.pdf')).closest('tr')!;
  expect(within(row).getByText('CV')).toBeInTheDocument();
  expect(within(row).getByText(/^1,2\sMo$/)).toBeInTheDocument();
  expect(within(row).getByText(new Date().toLocaleDateString('fr-FR'))).toBeInTheDocument();
  expect(within(row).getByRole('link', { name: 'Télécharger CV Lea Martin.pdf' })).toBeInTheDocument();
  expect(within(row).getByText(`Candidature n° ${ids.martinScv}`)).toBeInTheDocument();
  const [stored] = await documentsOf(ids.martin);
  expect(stored).toMatchObject({ kind: 'cv', applicationId: ids.martinScv, mediaType: 'application/pdf', size: Math.round(1.2 * 1024 * 1024) });
  const upload = server.requests.find((r) => r.method === 'POST');
  expect(upload?.url.pathname).toBe('/api/documents');

  // The application's page lists it too.
  // Delete: a confirmation naming the file first; « Annuler » keeps it.
  await user.click(within(row).getByRole('button', { name: 'Supprimer CV Lea Martin.pdf' }));
  const dialog = await screen.findByRole('dialog');
  expect(within(dialog).getByText(/Supprimer le document « CV Lea Martin\.pdf »/)).toBeInTheDocument();
  await user.click(within(dialog).getByRole('button', { name: /Annuler/ }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  expect(await documentsOf(ids.martin)).toHaveLength(1);

  await user.click(within(row).getByRole('button', { name: 'Supprimer CV Lea Martin.pdf' }));
  await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: /Confirmer/ }));
  expect(await screen.findByText('Aucun document')).toBeInTheDocument();
  expect(await documentsOf(ids.martin)).toEqual([]);
});

it('shows the server’s refusal of a file that is not what its name says, on the file field', async () => {
  const user = userEvent.setup();
  renderApp(`/candidates/${ids.bernard}/show/documents`);
  expect(await screen.findByText('Aucun document')).toBeInTheDocument();
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  // The picker's `accept` would hide it; a drop or a renamed file still gets there.
  await userEvent.setup({ applyAccept: false }).upload(input, new File([sampleFiles.executable()], 'cv.pdf', { type: 'application/pdf' }));
  await user.click(screen.getByRole('button', { name: 'Déposer un document' }));
  expect(await screen.findByText(/Format non accepté : le fichier doit être un PDF/)).toBeInTheDocument();
  expect(await documentsOf(ids.bernard)).toEqual([]);
});

it('lists an application’s documents on its page, and every document for HR', async () => {
  const form = new FormData();
  form.set('candidateId', String(ids.roux));
  form.set('applicationId', String(ids.rouxScv));
  form.set('kind', 'diplome');
  form.set('file', new File([sampleFiles.png()], 'diplome infirmier.png', { type: 'image/png' }));
  const csrf = (await server.api('GET', '/api/auth/me')).body.csrfToken;
  const res = await fetch('/api/documents', { method: 'POST', body: form, headers: { 'x-csrf-token': csrf } });
  expect(res.status).toBe(201);

  const page = renderApp(`/applications/${ids.rouxScv}/show`);
  const row = (await screen.findByText('diplome infirmier.png')).closest('tr')!;
  expect(within(row).getByText('Diplôme')).toBeInTheDocument();
  expect(within(row).getByText(/^\d+\so$/)).toBeInTheDocument();
  page.unmount();

  renderApp('/documents');
  const listed = (await screen.findByText('diplome infirmier.png')).closest('tr')!;
  expect(await within(listed).findByText('Inès Roux')).toBeInTheDocument();
});

it('offers the documents in the menu to HR and administrators, not to a member', async () => {
  const admin = renderApp('/candidates');
  expect(await screen.findByRole('menuitem', { name: /^Documents/ })).toBeInTheDocument();
  admin.unmount();
  await server.signIn('membre-docs@essai.test');
  renderApp('/centres');
  await waitFor(() => expect(screen.getByRole('menuitem', { name: /Centres de santé/ })).toBeInTheDocument());
  expect(screen.queryByRole('menuitem', { name: /^Documents/ })).toBeNull();
});
