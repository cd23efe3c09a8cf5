import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, launchBrowser, newContext, screenshot, signIn } from './browser';

/**
 * Every demonstration account, from the sign-in page: what its menu offers, what a URL typed by hand
 * gives it when its role may not go there, and what the back button shows after signing out.
 */
const ACCOUNTS = [
  { email: 'admin@maillage.demo', sees: ['Membres', 'Candidat·es', 'Utilisateurs', 'Journal d’audit'], refused: [] as string[] },
  { email: 'region@maillage.demo', sees: ['Membres', 'Centres de santé', 'Journal d’audit'], refused: ['candidates', 'applications', 'users'] },
  { email: 'rh@maillage.demo', sees: ['Postes', 'Candidat·es', 'Candidatures', 'Salarié·es'], refused: ['users', 'audit'] },
  { email: 'haute-ariege@maillage.demo', sees: ['Membres', 'Centres de santé', 'Salarié·es'], refused: ['candidates', 'applications', 'users', 'audit'] },
];
const ALL_MENUS = ['Membres', 'Centres de santé', 'Postes', 'Candidat·es', 'Candidatures', 'Salarié·es', 'Activité', 'Objectifs', 'Utilisateurs', 'Journal d’audit'];
const FORBIDDEN_MENUS: Record<string, string> = { candidates: 'Candidat·es', applications: 'Candidatures', users: 'Utilisateurs', audit: 'Journal d’audit' };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('sign-in page', () => {
  it('is in French, accessible, and refuses a wrong password without saying whether the account exists', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Connexion à Maillage');
    await expectAccessible(page, 'connexion');
    await screenshot(page, 'connexion');
    await page.getByLabel(/Adresse électronique/).fill('region@maillage.demo');
    await page.getByLabel(/Mot de passe/).fill('pas le bon');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByText('Adresse électronique ou mot de passe incorrect').waitFor();
    await context.close();
  });
});

for (const account of ACCOUNTS) {
  describe(account.email, () => {
    it('signs in, sees the menus of its role only, and is refused the others even by URL', async () => {
      const context = await newContext(browser);
      const page = await context.newPage();
      await signIn(page, account.email);
      const menus = await page.getByRole('menuitem').allTextContents();
      for (const menu of account.sees) expect(menus.join('|')).toContain(menu);
      for (const resource of account.refused) expect(menus).not.toContain(FORBIDDEN_MENUS[resource]);
      expect(menus.filter((m) => ALL_MENUS.includes(m)).length).toBeGreaterThan(0);
      await screenshot(page, `accueil-${account.email.split('@')[0]}`);

      for (const resource of account.refused) {
        await page.goto(`${baseUrl()}/#/${resource}`);
        await page.getByText('Non autorisé').waitFor();
        expect(await page.locator('table tbody tr').count()).toBe(0);
        // The server refuses it too, whatever the app shows.
        const status = await page.evaluate(async (path) => (await fetch(path)).status, `/api/${resource}`);
        expect(status).toBe(403);
      }
      await context.close();
    });
  });
}

describe('signing out', () => {
  it('leaves nothing private behind the back button', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, 'rh@maillage.demo');
    await page.goto(`${baseUrl()}/#/candidates`);
    await page.locator('table tbody tr').first().waitFor();
    const someone = await page.locator('table tbody tr td').first().textContent();
    await page.getByRole('button', { name: /Julien Bousquet|Profil/ }).click();
    await page.getByRole('menuitem', { name: /Se déconnecter/ }).click();
    await page.getByLabel(/Adresse électronique/).waitFor();
    await page.goBack();
    await page.waitForTimeout(1000);
    expect(await page.locator('table tbody tr').count()).toBe(0);
    expect(await page.content()).not.toContain(someone!);
    const status = await page.evaluate(async () => (await fetch('/api/candidates')).status);
    expect(status).toBe(401);
    await context.close();
  });
});
