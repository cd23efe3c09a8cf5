import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { baseUrl, launchBrowser, newContext, signIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('exports the listed members as a CSV file holding the rows shown', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, 'region@maillage.demo');
  await page.goto(`${baseUrl()}/#/members`);
  await page.locator('table tbody tr').first().waitFor();
  const shown = await page.locator('table tbody tr td:first-child').allTextContents();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Exporter/ }).click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  const lines = csv.trim().split('\n');
  expect(lines.length - 1).toBe(63); // every member of the demonstration data, not only the first page
  for (const name of shown.filter(Boolean)) expect(csv).toContain(name.trim());
  await context.close();
});

it('switches to English and back to French', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, 'region@maillage.demo');
  await page.getByRole('button', { name: /Français/i }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await page.getByRole('menuitem', { name: /^Members/ }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await page.getByRole('button', { name: /English/i }).click();
  await page.getByRole('menuitem', { name: 'Français' }).click();
  await page.getByRole('menuitem', { name: /^Membres/ }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
  await context.close();
});
