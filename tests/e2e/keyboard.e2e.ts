import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { baseUrl, DEMO_PASSWORD, launchBrowser, newContext, screenshot } from './browser';

/**
 * Keyboard only: signing in (Tab, typing, Enter), then a target created through its form (Tab,
 * typing, Enter) and found in the list. No click anywhere.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Tabs until the focused element matches, within a bound (so that a focus trap fails the test). */
async function tabTo(page: Page, matches: (el: Element) => boolean, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((fn) => new Function('el', `return (${fn})(el)`)(document.activeElement), matches.toString())) return;
  }
  throw new Error(`not reached with Tab: ${matches.toString()}`);
}
const labelled = (text: string) =>
  `(el) => !!el && (el.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\\s+/g, ' ').trim().startsWith(${JSON.stringify(text)})`;
const tabToLabel = (page: Page, text: string) =>
  tabTo(page, new Function(`return ${labelled(text)}`)() as (el: Element) => boolean);

it('signs in and creates a target with the keyboard only', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/#/login`);
  await page.getByLabel(/Adresse électronique/).waitFor();
  await tabToLabel(page, 'Adresse électronique');
  await page.keyboard.type('region@maillage.demo');
  await tabToLabel(page, 'Mot de passe');
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem').first().waitFor();
  await screenshot(page, 'clavier-connecte');

  // A year no demonstration target uses.
  const years = await page.evaluate(async () => ((await (await fetch('/api/targets?range=%5B0%2C199%5D')).json()) as { year: number }[]).map((t) => t.year));
  let year = 2090;
  while (years.includes(year)) year++;

  await page.goto(`${baseUrl()}/#/targets/create`);
  await page.getByLabel(/^Année/).waitFor();
  await tabToLabel(page, 'Année');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(String(year));
  await tabToLabel(page, 'Recrutements visés');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('17');
  await tabToLabel(page, 'Centres ouverts');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('3');
  await screenshot(page, 'clavier-objectif-creation');
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => !url.hash.includes('/create'));

  await page.goto(`${baseUrl()}/#/targets`);
  await page.getByRole('cell', { name: String(year) }).first().waitFor();
  await screenshot(page, 'clavier-objectifs');
  const saved = await page.evaluate(async () => (await (await fetch('/api/targets?range=%5B0%2C199%5D')).json()) as { year: number; professionals: number; centres: number }[]);
  expect(saved.find((t) => t.year === year)).toMatchObject({ professionals: 17, centres: 3 });
  await context.close();
});
