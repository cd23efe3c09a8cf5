import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { simplePdf } from '../../src/server/files/pdf';
import { parseMessage } from '../support/smtp';
import { baseUrl, launchBrowser, newContext, screenshot, signIn } from './browser';

/**
 * Issue 14's « Done when », in Chromium: a person with no account applies to a published offer with a
 * PDF and receives the acknowledgement at a real SMTP server; HR finds them at « Reçue » with the CV
 * (the same bytes), plans an interview from their « Suivi » tab (the invitation arrives with its .ics),
 * gives the panel's feedback, moves the application on to « Offre » on the board, and the candidate's
 * timeline shows the stage change, the interview and the two e-mails, sent.
 *
 * Mail: tests/e2e/global-setup.ts starts the SMTP server of tests/support/smtp.ts and the product with
 * SMTP_URL on it; each message accepted is written there as a .eml file in `mailDir`, read here. With
 * MAILLAGE_E2E_URL (a product already running, whose mail goes elsewhere) `mailDir` is empty and the
 * checks of the messages are skipped; the rest of the journey runs the same.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Mail extends ReturnType<typeof parseMessage> {
  file: string;
}

/** The messages the SMTP server has received so far (every .eml of the folder, decoded). */
function receivedMail(): Mail[] {
  const dir = inject('mailDir');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((file) => {
      const mail = parseMessage(readFileSync(join(dir, file), 'latin1'));
      return { ...mail, file, subject: plain(mail.subject), text: plain(mail.text) };
    });
}

/** Waits (generously: the worker polls, the machine may be loaded) for the message to `to` whose subject starts so. */
async function waitForMail(to: string, subjectStart: string): Promise<Mail> {
  let found: Mail | undefined;
  await expect
    .poll(
      () => {
        found = receivedMail().find((m) => (m.headers.to ?? '').includes(to) && m.subject.startsWith(subjectStart));
        return found?.subject;
      },
      { timeout: 60_000, interval: 500 },
    )
    .toMatch(new RegExp(`^${escape(subjectStart)}`));
  return found!;
}

/**
 * French typography's no-break spaces (before « : », inside « guillemets », in the templates and the
 * app's words) read as plain spaces, so that the expectations can be written as text.
 */
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A stamp of letters only (a name field takes no digits): unique to this run. */
const letters = Date.now()
  .toString(36)
  .replace(/\d/g, (d) => 'abcdefghij'[Number(d)]);

/** The date `days` from now in Paris: jj/mm/aaaa for the form, aaaammjj for the .ics. */
function parisDay(days: number) {
  const parts = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric' })
    .formatToParts(new Date(Date.now() + days * 86_400_000))
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  return { typed: `${parts.day}/${parts.month}/${parts.year}`, ics: `${parts.year}${parts.month}${parts.day}` };
}

async function moveOnBoard(page: Page, lastName: string, stage: string) {
  const card = page.getByRole('article').filter({ hasText: lastName });
  await card.waitFor();
  await card.getByRole('button', { name: 'Déplacer vers…' }).click();
  await page.getByRole('menuitem', { name: stage, exact: true }).click();
  await page.getByText(`déplacée vers « ${stage} »`).first().waitFor();
}

it('a visitor applies with a PDF, is acknowledged by e-mail, and HR takes them to an interview and an offer', { timeout: 300_000 }, async () => {
  const withMail = inject('mailDir') !== '';
  if (!withMail) console.warn('MAILLAGE_E2E_URL : les courriels ne sont pas vérifiés (le serveur SMTP de test n’est pas celui du produit).');
  const firstName = 'Léa';
  const lastName = `Parcours${letters[0].toUpperCase()}${letters.slice(1)}`;
  const email = `lea.parcours.${letters}@exemple.fr`;
  const cvName = `cv-${letters}.pdf`;
  const cvPath = join(tmpdir(), cvName);
  const cv = Buffer.from(simplePdf(['Curriculum vitae', `${firstName} ${lastName}, infirmière diplômée d’État`], 'CV'));
  writeFileSync(cvPath, cv);

  // 1. The visitor, no account: the offers, one of them, the form.
  const visitor = await newContext(browser);
  const page = await visitor.newPage();
  await page.goto(`${baseUrl()}/offres`);
  await page.locator('ul.offers h2 a').nth(1).click();
  await page.getByRole('button', { name: 'Envoyer ma candidature' }).waitFor();
  const position = plain(await page.locator('h1').textContent()).trim();
  await page.getByLabel(/^Prénom/).fill(firstName);
  await page.getByLabel(/^Nom/).first().fill(lastName);
  await page.getByLabel(/^Adresse électronique/).fill(email);
  await page.locator('#cv').setInputFiles(cvPath);
  await page.locator('#message').fill('Disponible dès le mois prochain.');
  await page.locator('#consent').check();
  await screenshot(page, 'parcours-1-formulaire-rempli', false);
  await page.getByRole('button', { name: 'Envoyer ma candidature' }).click();
  await page.waitForURL(/\/merci(#candidature)?$/);
  expect(await page.locator('h1').textContent()).toBe('Candidature envoyée');
  await screenshot(page, 'parcours-2-confirmation');
  await visitor.close();

  // 2. The acknowledgement, at the SMTP server: the « candidature_recue » template, filled in.
  if (withMail) {
    const ack = await waitForMail(email, 'Accusé de réception de votre candidature');
    expect(ack.subject).toBe(`Accusé de réception de votre candidature : ${position}`);
    expect(ack.headers.from).toContain('recrutement@masante-maregion.test');
    expect(ack.text).toContain(`Bonjour ${firstName} ${lastName},`);
    expect(ack.text).toContain(`candidature au poste « ${position} »`);
    expect(ack.text).not.toContain('{{');
  }

  // 3. HR finds the candidate through the list's search, at « Reçue ».
  const hrContext = await newContext(browser);
  const hr = await hrContext.newPage();
  await signIn(hr, 'rh@maillage.demo');
  await hr.goto(`${baseUrl()}/#/candidates`);
  await hr.getByRole('textbox', { name: 'Rechercher' }).fill(email);
  const found = hr.locator('#main-content tbody tr').filter({ hasText: lastName });
  await found.waitFor();
  await expect.poll(() => hr.locator('#main-content tbody tr').count()).toBe(1);
  await screenshot(hr, 'parcours-3-recherche-candidat', false);
  // On the name (the row's middle is the e-mail's mailto: link).
  await found.getByRole('cell', { name: lastName }).click();
  await hr.waitForURL((url) => /^#\/candidates\/\d+\/show/.test(url.hash));
  const candidateId = Number(/candidates\/(\d+)/.exec(hr.url())![1]);
  const application = hr.locator('.ra-field tbody tr').filter({ hasText: position });
  await application.waitFor();
  expect(plain(await application.textContent())).toContain('Reçue');
  await screenshot(hr, 'parcours-4-fiche-candidat');

  // 4. The CV from the « Documents » tab: the very bytes the visitor sent.
  await hr.getByRole('tab', { name: 'Documents' }).click();
  const cvRow = hr.getByRole('row').filter({ hasText: cvName });
  await cvRow.waitFor();
  const download = hr.waitForEvent('download');
  await cvRow.getByRole('link', { name: `Télécharger ${cvName}` }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(cvName);
  expect(Buffer.from(await readFile((await file.path())!)).equals(cv)).toBe(true);
  await screenshot(hr, 'parcours-5-documents', false);

  // 5. An interview, planned from « Suivi », HR on the panel.
  await hr.getByRole('tab', { name: 'Suivi' }).click();
  await hr.getByRole('link', { name: 'Planifier un entretien' }).click();
  const day = parisDay(3);
  await hr.getByRole('textbox', { name: /Date de l’entretien/ }).fill(day.typed);
  await hr.getByRole('textbox', { name: /Heure \(heure de Paris\)/ }).fill('10:30');
  await hr.getByLabel(/^Durée \(minutes\)/).fill('45');
  await hr.getByRole('textbox', { name: /Lieu ou lien/ }).fill('Centre de santé, salle de réunion du 1er étage');
  await hr.getByRole('combobox', { name: /Jury/ }).click();
  await hr.getByRole('option', { name: 'Julien Bousquet' }).click();
  await hr.keyboard.press('Escape');
  await screenshot(hr, 'parcours-6-entretien-creation');
  await hr.getByRole('button', { name: 'Enregistrer' }).click();
  await hr.getByRole('button', { name: 'Télécharger l’invitation (.ics)' }).waitFor();
  const interviewId = Number(/interviews\/(\d+)/.exec(hr.url())![1]);
  const uid = await hr.evaluate(async (id) => {
    const ics = await (await fetch(`/api/interviews/${id}/ics`)).text();
    return /^UID:(.+)$/m.exec(ics)?.[1]?.trim();
  }, interviewId);
  expect(uid).toBeTruthy();

  // 6. The invitation, with its .ics: at 10:30 in Paris, the interview's UID.
  if (withMail) {
    const invitation = await waitForMail(email, 'Invitation à un entretien');
    expect(invitation.subject).toBe(`Invitation à un entretien : ${position}`);
    expect(invitation.text).toContain(`Bonjour ${firstName} ${lastName},`);
    expect(invitation.text).toContain('Centre de santé, salle de réunion du 1er étage');
    const ics = invitation.attachments.find((a) => a.contentType === 'text/calendar');
    expect(ics, 'pièce jointe text/calendar').toBeTruthy();
    const calendar = ics!.content.toString('utf8').replace(/\r\n[ \t]/g, '');
    expect(calendar).toContain(`DTSTART;TZID=Europe/Paris:${day.ics}T103000`);
    expect(calendar).toContain(`UID:${uid}`);
  }

  // 7. The panel's feedback on the interview's page.
  const rating = hr.getByRole('group', { name: /Votre note/ });
  // Chosen with the keyboard among the five radio buttons, as in tests/app/interviews.test.tsx.
  await rating.getByRole('radio', { name: 'Aucune note' }).focus();
  for (let i = 0; i < 4; i++) await hr.keyboard.press('ArrowRight');
  await expect.poll(() => rating.getByRole('radio', { name: '4 sur 5' }).isChecked()).toBe(true);
  await hr.getByRole('textbox', { name: 'Commentaire' }).fill('Expérience solide en soins de premier recours, disponible rapidement.');
  await hr.getByRole('button', { name: 'Enregistrer mon avis' }).click();
  await hr.getByText('Julien Bousquet : 4 sur 5').waitFor();
  await screenshot(hr, 'parcours-7-entretien-avis');

  // 8. On the board: to « Offre ».
  await hr.goto(`${baseUrl()}/#/applications/board`);
  await moveOnBoard(hr, lastName, 'Offre');
  await screenshot(hr, 'parcours-8-tableau', false);
  // The notice gone first, so that it does not cover the timeline's picture.
  await hr.getByText(`déplacée vers « Offre »`).first().waitFor({ state: 'hidden', timeout: 30_000 });

  // 9. The timeline: the stage change, the interview, the two e-mails (sent, with an SMTP server).
  await hr.goto(`${baseUrl()}/#/candidates/${candidateId}/show/suivi`);
  const timeline = hr.getByRole('list', { name: 'Fil du suivi' });
  await timeline.getByText('Étape « Offre »').waitFor();
  // Sent through the test SMTP server; on a product reused by MAILLAGE_E2E_URL, sent or waiting as its configuration has it.
  const sent = withMail ? 'Envoyé' : '(Envoyé|En attente)';
  await expect
    .poll(async () => plain(await timeline.textContent()), { timeout: 30_000 })
    .toMatch(new RegExp(`Courriel « Invitation à un entretien : ${escape(position)} » — ${sent}`));
  const text = plain(await timeline.textContent());
  expect(text).toContain('Entretien — Prévu');
  expect(text).toMatch(new RegExp(`Courriel « Accusé de réception de votre candidature : ${escape(position)} » — ${sent}`));
  expect(text).toContain('Étape « Reçue »');
  await screenshot(hr, 'parcours-9-suivi');

  // 10. The outbox: both messages, sent.
  await hr.goto(`${baseUrl()}/#/emails`);
  await hr.getByRole('textbox', { name: 'Rechercher' }).fill(email);
  await expect.poll(() => hr.locator('#main-content tbody tr').filter({ hasText: email }).count()).toBe(2);
  await screenshot(hr, 'parcours-10-courriels', false);
  await hrContext.close();
});
