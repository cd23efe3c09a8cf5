import { mkdirSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

/**
 * Debian's Chromium (never a downloaded browser), headless, with no background traffic, in French: its
 * own language (native date inputs' « jj/mm/aaaa ») follows LANGUAGE, with Debian's chromium-l10n
 * installed (without it, Chromium falls back to en-US and date inputs read « mm/dd/yyyy »).
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    env: { ...process.env, LANGUAGE: 'fr' },
    args: ['--headless', '--no-sandbox', '--lang=fr-FR', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export const baseUrl = () => inject('baseUrl');
export const DEMO_PASSWORD = 'maillage-demo';

export async function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR', acceptDownloads: true });
}

/** Signs in through the sign-in page, as a person would, and waits for the app. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto(`${baseUrl()}/#/login`);
  await page.getByLabel(/Adresse électronique/).fill(email);
  await page.getByLabel(/Mot de passe/).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  // The menu from md up; under md (a tablet, a 200 % zoom) it is closed behind the AppBar's button.
  await page.getByRole('menuitem').first().or(page.getByRole('button', { name: 'Ouvrir le menu' })).first().waitFor();
}

/** Screenshots go to a git-ignored folder, so that anyone can look at the product without running it. */
export const SCREENSHOTS = 'tests/e2e/screenshots';
export async function screenshot(page: Page, name: string, fullPage = true) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // A picture is a by-product, not a check: on a loaded machine a full-page capture of a tall page (the
  // board) has taken over 30 s; the journey goes on without it rather than failing.
  try {
    await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage, timeout: 15_000, animations: 'disabled' });
  } catch (error) {
    console.warn(`capture « ${name} » abandonnée : ${(error as Error).message.split('\n')[0]}`);
  }
}

/** axe-core on the page as it is: no serious or critical violation (RGAA / WCAG 2.1 AA). */
export async function expectAccessible(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = blocking.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`);
  accessibilityReport.push({ page: name, violations: results.violations.length, blocking: blocking.length });
  expect(summary, `axe on ${name}`).toEqual([]);
}
export const accessibilityReport: { page: string; violations: number; blocking: number }[] = [];
