import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { simplePdf } from '../../src/server/files/pdf';
import { baseUrl, expectAccessible, launchBrowser, newContext, screenshot, signIn } from './browser';

/**
 * A candidate's documents in Chromium, as rh@maillage.demo: a PDF with an accented name uploaded from
 * the candidate page's « Documents » tab, listed with its size, downloaded under the same name with the
 * same bytes, then deleted after the confirmation.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('uploads, downloads and deletes a candidate’s CV from their page', { timeout: 120_000 }, async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, 'rh@maillage.demo');
  const candidate = await page.evaluate(async () => {
    const list = (await (await fetch('/api/candidates?range=%5B0%2C0%5D')).json()) as { id: number }[];
    return list[0].id;
  });
  await page.goto(`${baseUrl()}/#/candidates/${candidate}/show/documents`);
  await page.getByRole('heading', { name: 'Déposer un document' }).waitFor();

  const name = 'CV Élise Gaëlle — médecin.pdf';
  const bytes = Buffer.from(simplePdf(['Curriculum vitae', 'Élise Gaëlle, médecin généraliste'], 'CV'));
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/pdf', buffer: bytes });
  await page.getByRole('button', { name: 'Déposer un document' }).click();
  const row = page.getByRole('row').filter({ hasText: name });
  await row.waitFor();
  await expect.poll(() => row.textContent()).toMatch(new RegExp(`^CV${name}${bytes.length}\\s*o\\d{2}/\\d{2}/\\d{4}`));
  await screenshot(page, 'rh-candidat-documents', false);
  await expectAccessible(page, 'candidat·e : documents');

  const download = page.waitForEvent('download');
  await row.getByRole('link', { name: `Télécharger ${name}` }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(name);
  expect(Buffer.from(await readFile((await file.path())!)).equals(bytes)).toBe(true);

  await row.getByRole('button', { name: `Supprimer ${name}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: /Confirmer/ }).click();
  await row.waitFor({ state: 'detached' });
  await context.close();
});
