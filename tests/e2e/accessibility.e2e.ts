import { mkdirSync, writeFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityReport, baseUrl, launchBrowser, newContext, screenshot, SCREENSHOTS, signIn } from './browser';
import { MAIN_PAGES as PAGES } from './pages';

/**
 * axe-core (WCAG 2.1 A/AA) on every main page (pages.ts), in French: each list, the show, edit and
 * create pages of every resource that has them, the recruitment board, each dashboard and « Mon compte »
 * (the sign-in page is scanned by roles.e2e.ts). Each page's screenshot is tests/e2e/screenshots/a11y-<page>.png.
 * The same pages' text, in French and then in English, shows no catalogue entry raw (rawText).
 *
 * Serious or critical violations that are known and not yet fixed are listed in KNOWN_VIOLATIONS
 * (page → rule ids): they are tolerated there only, so that any OTHER serious/critical violation
 * still fails the suite. Remove an entry as soon as it is fixed.
 */
const KNOWN_VIOLATIONS: Record<string, string[]> = {};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  const mine = accessibilityReport.filter((r) => ALL_NAMES.has(r.page));
  const width = Math.max(...mine.map((r) => r.page.length), 4);
  const lines = [
    `${'page'.padEnd(width)} | graves/critiques | total`,
    `${'-'.repeat(width)}-|------------------|------`,
    ...mine.map((r) => `${r.page.padEnd(width)} | ${String(r.blocking).padStart(16)} | ${String(r.violations).padStart(5)}`),
  ];
  const table = `Accessibilité (axe, WCAG 2.1 AA), ${mine.length} pages :\n${lines.join('\n')}`;
  console.log(table);
  // Kept next to the screenshots, for the closing note and for anyone looking at them.
  mkdirSync(SCREENSHOTS, { recursive: true });
  writeFileSync(`${SCREENSHOTS}/accessibilite.txt`, `${table}\n`);
});
const ALL_NAMES = new Set(['connexion', ...Object.values(PAGES).flatMap((targets) => targets.map((t) => t.name))]);

/** Like expectAccessible, but tolerating the KNOWN_VIOLATIONS of the page (and only those). */
async function scan(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  accessibilityReport.push({ page: name, violations: results.violations.length, blocking: blocking.length });
  const known = KNOWN_VIOLATIONS[name] ?? [];
  const unexpected = blocking
    .filter((v) => !known.includes(v.id))
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`);
  expect(unexpected, `axe on ${name}`).toEqual([]);
}

/**
 * What no page may show (issue 13, point 11): a plural catalogue entry whole (« Centre de santé ||||
 * Centres de santé », polyglot's separator) or a translation key (`resources.centres.name`,
 * `maillage.network.…`, `ra.action.…`); an e-mail such as « admin@maillage.demo » is not a key.
 */
const RAW = /\|\|\|\||(?<![@\w.])(?:resources|maillage|ra)\.[a-zA-Z_]+\.[a-zA-Z_]/g;
async function rawText(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  return [...new Set(text.split('\n').filter((line) => line.match(RAW)))].map((line) => line.trim().slice(0, 120));
}

describe('sign-in page', () => {
  it('connexion (/login) has no serious or critical axe violation', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/#/login`);
    await page.getByRole('button', { name: 'Se connecter' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await screenshot(page, 'a11y-connexion');
    await scan(page, 'connexion');
    await context.close();
  });
});

for (const [email, targets] of Object.entries(PAGES)) {
  describe(email, () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await newContext(browser);
      page = await context.newPage();
      await signIn(page, email);
    });
    afterAll(async () => {
      await context?.close();
    });
    for (const target of targets) {
      it(`${target.name} (${target.path}) has no serious or critical axe violation`, async () => {
        await page.goto(`${baseUrl()}/#${target.path}`);
        await page.getByRole('menuitem').first().waitFor();
        await target.ready(page);
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(300);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
        await screenshot(page, `a11y-${target.name}`);
        await scan(page, target.name);
        expect(await rawText(page), `raw catalogue text on ${target.name}`).toEqual([]);
      });
    }
  });
}

/** The same pages in English (the language chosen from the AppBar, kept by react-admin's store): no raw text either. */
for (const [email, targets] of Object.entries(PAGES)) {
  describe(`${email} in English`, () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await newContext(browser);
      page = await context.newPage();
      await signIn(page, email);
      await page.getByRole('button', { name: 'Français' }).click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      await page.waitForFunction(() => document.documentElement.lang === 'en');
    });
    afterAll(async () => {
      await context?.close();
    });
    for (const target of targets) {
      it(`${target.name} (${target.path}) shows no raw catalogue text`, async () => {
        await page.goto(`${baseUrl()}/#${target.path}`);
        await page.getByRole('menuitem').first().waitFor();
        await target.ready(page);
        await page.waitForLoadState('networkidle');
        expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
        expect(await rawText(page), `raw catalogue text on ${target.name} in English`).toEqual([]);
      });
    }
  });
}
