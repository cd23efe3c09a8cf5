import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simplePdf } from '../../src/server/files/pdf';
import { baseUrl, expectAccessible, launchBrowser, screenshot } from './browser';

/**
 * The public offers as a visitor without an account sees them, in Chromium: the list and an offer
 * (axe: no serious or critical violation), then the application form sent with JavaScript disabled —
 * once with mistakes (the messages shown, the values kept), once right with a PDF (the confirmation).
 * Screenshots, desktop and a 390 px phone: tests/e2e/screenshots/offres-*.png.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const viewports = { bureau: { width: 1280, height: 800 }, telephone: { width: 390, height: 844 } } as const;

async function contextFor(viewport: (typeof viewports)[keyof typeof viewports], javaScriptEnabled = true): Promise<BrowserContext> {
  return browser.newContext({ viewport, locale: 'fr-FR', javaScriptEnabled, isMobile: viewport.width < 500 });
}

/** The first offer of the list: its path. */
async function firstOffer(page: Page): Promise<string> {
  await page.goto(`${baseUrl()}/offres`);
  return (await page.locator('ul.offers h2 a').first().getAttribute('href'))!;
}

describe('public offers', () => {
  it('lists the offers, filters them, and shows one — accessible, on a desktop and a phone', async () => {
    for (const [name, viewport] of Object.entries(viewports)) {
      const context = await contextFor(viewport);
      const page = await context.newPage();
      try {
        await page.goto(`${baseUrl()}/offres`);
        await expect.poll(() => page.locator('ul.offers li').count()).toBeGreaterThan(3);
        expect(await page.locator('h1').textContent()).toBe('Offres d’emploi dans les centres de santé');
        await expectAccessible(page, `offres-liste-${name}`);
        await screenshot(page, `offres-liste-${name}`, false);

        // Filtering: a GET form.
        await page.getByLabel('Profession').selectOption('medecin');
        await page.getByRole('button', { name: 'Filtrer' }).click();
        await page.waitForURL(/profession=medecin/);
        const professions = await page.locator('ul.offers li').allTextContents();
        expect(professions.length).toBeGreaterThan(0);
        expect(professions.every((p) => p.includes('Médecin généraliste'))).toBe(true);

        await page.locator('ul.offers h2 a').first().click();
        await page.locator('figure.map svg').waitFor();
        expect(await page.locator('.facts').textContent()).toMatch(/€ – .*€ brut par an/);
        expect(await page.locator('script[type="application/ld+json"]').count()).toBe(1);
        await expectAccessible(page, `offres-offre-${name}`);
        await screenshot(page, `offres-offre-${name}`);
        await screenshot(page, `offres-offre-${name}-haut`, false);
        // The form sent empty: the error summary and the messages pass axe too.
        await page.getByRole('button', { name: 'Envoyer ma candidature' }).click();
        await page.locator('.summary').waitFor();
        await expectAccessible(page, `offres-formulaire-erreurs-${name}`);
      } finally {
        await context.close();
      }
    }
  });

  it('takes an application with JavaScript disabled: errors shown with the values kept, then a PDF and the confirmation', async () => {
    const pdfPath = join(tmpdir(), `cv-e2e-${process.pid}.pdf`);
    writeFileSync(pdfPath, simplePdf(['Curriculum vitae', 'Claire Fabre, médecin généraliste'], 'CV'));
    const stamp = Date.now().toString(36);
    for (const [name, viewport] of Object.entries(viewports)) {
      const context = await contextFor(viewport, false);
      const page = await context.newPage();
      try {
        const path = await firstOffer(page);
        await page.goto(`${baseUrl()}${path}`);
        // Mistakes: no first name, a wrong e-mail, no CV, no consent.
        await page.getByLabel('Nom', { exact: false }).first().waitFor();
        await page.locator('#lastName').fill('Fabre');
        await page.locator('#email').fill('claire.fabre@');
        await page.locator('#message').fill('Je suis disponible en mars.');
        await page.getByRole('button', { name: 'Envoyer ma candidature' }).click();
        await page.locator('.summary').waitFor();
        const summary = await page.locator('.summary').textContent();
        expect(summary).toContain('Prénom : Indiquez votre prénom');
        expect(summary).toContain('Adresse électronique : Adresse électronique invalide');
        expect(summary).toContain('CV : Joignez votre CV');
        expect(summary).toContain('Consentement : Cochez cette case');
        expect(await page.locator('#lastName').inputValue()).toBe('Fabre');
        expect(await page.locator('#email').inputValue()).toBe('claire.fabre@');
        expect(await page.locator('#message').inputValue()).toBe('Je suis disponible en mars.');
        expect(await page.locator('#email').getAttribute('aria-invalid')).toBe('true');
        expect(await page.title()).toMatch(/^Erreur : /);
        // The page opens at the form (#candidature), its error summary first: that view, and the whole page.
        await screenshot(page, `offres-formulaire-erreurs-${name}`, false);
        await screenshot(page, `offres-formulaire-erreurs-${name}-page`);

        // Right this time, with a PDF.
        await page.locator('#firstName').fill('Claire');
        await page.locator('#email').fill(`claire.fabre.${stamp}.${name}@exemple.fr`);
        await page.locator('#cv').setInputFiles(pdfPath);
        await page.locator('#consent').check();
        await page.getByRole('button', { name: 'Envoyer ma candidature' }).click();
        // (The fragment of the form's action, #candidature, is kept through the redirect, as browsers do.)
        await page.waitForURL(/\/merci(#candidature)?$/);
        expect(await page.locator('h1').textContent()).toBe('Candidature envoyée');
        expect(await page.content()).not.toContain('Fabre');
        await screenshot(page, `offres-confirmation-${name}`);

        // HR finds the candidate at « reçue » for this offer, with the CV (the same bytes).
        const hr = (await browser.newContext()).request;
        expect((await hr.post(`${baseUrl()}/api/auth/login`, { data: { email: 'rh@maillage.demo', password: 'maillage-demo' } })).status()).toBe(200);
        const email = `claire.fabre.${stamp}.${name}@exemple.fr`;
        const found = await (await hr.get(`${baseUrl()}/api/candidates?filter=${encodeURIComponent(JSON.stringify({ q: email }))}`)).json();
        expect(found).toHaveLength(1);
        expect(found[0]).toMatchObject({ firstName: 'Claire', lastName: 'Fabre', source: 'site' });
        const applications = await (await hr.get(`${baseUrl()}/api/applications?filter=${encodeURIComponent(JSON.stringify({ candidateId: found[0].id }))}`)).json();
        expect(applications).toMatchObject([{ positionId: Number(path.split('/').pop()), stage: 'recue' }]);
        await hr.dispose();
      } finally {
        await context.close();
      }
    }
  });

  it('answers a closed or unknown offer with a French page', async () => {
    const context = await contextFor(viewports.bureau);
    const page = await context.newPage();
    try {
      const res = await page.goto(`${baseUrl()}/offres/999999`);
      expect(res?.status()).toBe(404);
      expect(await page.locator('h1').textContent()).toBe('Offre introuvable');
      await expectAccessible(page, 'offres-introuvable');
    } finally {
      await context.close();
    }
  });
});
