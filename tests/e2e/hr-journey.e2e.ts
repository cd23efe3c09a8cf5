import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { baseUrl, launchBrowser, newContext, screenshot, signIn } from './browser';

/**
 * The HR journey, as rh@maillage.demo: a new candidate, their application to an open position, the
 * board (moved with the keyboard-accessible « Déplacer vers… » menu) up to « Acceptée », the hire
 * form opened pre-filled by « Créer le recrutement », the new person among the hires, and counted on
 * the HR dashboard: « Arrivées prévues » one more than before the journey, and their row in the table
 * of the coming starts.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const today = () => new Date().toISOString().slice(0, 10);
/** A week from now: a start the HR dashboard counts among the coming ones (after today, within 90 days). */
const nextWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);

/** The headline figure of the dashboard card named `title`, as shown (« 1 234 » → 1234). */
async function kpi(page: Page, title: string) {
  const value = page.getByRole('region', { name: title }).getByTestId('kpi-value');
  await expect.poll(() => value.textContent(), { timeout: 20_000 }).toMatch(/^\d[\d\s\u202f]*$/);
  return Number((await value.textContent())!.replace(/\D/g, ''));
}

async function choose(page: Page, label: string, option: string | RegExp) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).first().click();
}

it('creates a candidate, applies them, accepts them on the board and hires them', { timeout: 150_000 }, async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, 'rh@maillage.demo');
  // 0. The HR dashboard before: how many starts are planned.
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  const startsBefore = await kpi(page, 'Arrivées prévues');
  const lastName = `Parcours${Date.now().toString(36)}`;
  const firstName = 'Camille';

  // 1. The candidate, through the create form.
  await page.goto(`${baseUrl()}/#/candidates/create`);
  await page.getByLabel(/^Nom/).fill(lastName);
  await page.getByLabel(/^Prénom/).fill(firstName);
  await page.getByLabel(/^Courriel/).fill(`${lastName.toLowerCase()}@exemple.fr`);
  await choose(page, 'Profession', /Médecin généraliste/);
  await choose(page, 'Origine', /.+/);
  await screenshot(page, 'rh-candidat-creation');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.waitForURL((url) => !url.hash.includes('/create'));

  // 2. Their application to an open position.
  const position = await page.evaluate(async () => {
    const list = (await (await fetch('/api/positions?range=%5B0%2C199%5D')).json()) as { id: number; status: string; title?: string }[];
    return list.find((p) => p.status === 'ouvert' && p.title);
  });
  expect(position).toBeTruthy();
  await page.goto(`${baseUrl()}/#/applications/create`);
  const candidate = page.getByRole('combobox', { name: /Candidat·e/ });
  await candidate.fill(lastName);
  await page.getByRole('option', { name: new RegExp(lastName) }).first().click();
  await page.getByRole('combobox', { name: /Poste/ }).fill(position!.title!);
  await page.getByRole('option', { name: new RegExp(position!.title!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).first().click();
  await choose(page, 'Étape', 'Reçue');
  await page.getByLabel(/^Reçue le/).fill(today());
  await screenshot(page, 'rh-candidature-creation');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.waitForURL((url) => !url.hash.includes('/create'));

  // 3. The board: from « Reçue » to « Acceptée », with the keyboard.
  await page.goto(`${baseUrl()}/#/applications/board`);
  const card = page.getByRole('article').filter({ hasText: lastName });
  await card.waitFor();
  await screenshot(page, 'rh-tableau-avant');
  for (const stage of ['Entretien', 'Acceptée']) {
    const move = card.getByRole('button', { name: 'Déplacer vers…' });
    await move.focus();
    await page.keyboard.press('Enter');
    const item = page.getByRole('menuitem', { name: stage, exact: true });
    await item.waitFor();
    await item.focus();
    await page.keyboard.press('Enter');
    await page.getByText(`déplacée vers « ${stage} »`).first().waitFor();
  }
  await screenshot(page, 'rh-tableau-apres');

  // 4. « Créer le recrutement »: the hire form, pre-filled.
  await card.getByRole('link', { name: 'Créer le recrutement' }).click();
  await page.waitForURL((url) => url.hash.includes('/hires/create'));
  await expect.poll(() => page.getByLabel(/^Nom/).inputValue()).toBe(lastName);
  expect(await page.getByLabel(/^Prénom/).inputValue()).toBe(firstName);
  await choose(page, 'Contrat', 'CDI');
  await page.getByLabel(/^Début/).fill(nextWeek());
  await screenshot(page, 'rh-recrutement-creation');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.waitForURL((url) => !url.hash.includes('/create'));

  // 5. The new person among the hires, and counted on the dashboard.
  await page.goto(`${baseUrl()}/#/hires?sort=id&order=DESC`);
  await page.getByRole('cell', { name: lastName }).first().waitFor();
  await screenshot(page, 'rh-salaries');
  const hires = await page.evaluate(async () => (await (await fetch('/api/hires?sort=%5B%22id%22%2C%22DESC%22%5D&range=%5B0%2C0%5D')).json()) as { lastName: string; applicationId: number | null }[]);
  expect(hires[0]?.lastName).toBe(lastName);
  expect(hires[0]?.applicationId).not.toBeNull();
  // The dashboard opened afresh (the app keeps the figures it read a minute: useStats' staleTime).
  await page.goto(`${baseUrl()}/#/`);
  await page.reload();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  expect(await kpi(page, 'Arrivées prévues')).toBe(startsBefore + 1);
  const starts = page.getByRole('region', { name: /^Arrivées dans les \d+ prochains jours$/ });
  const row = starts.getByRole('row').filter({ hasText: `${firstName} ${lastName}` });
  await row.waitFor();
  expect(await row.textContent()).toContain(nextWeek().split('-').reverse().join('/')); // « 01/12/2026 »
  await screenshot(page, 'rh-tableau-de-bord-apres');
  await context.close();
});
