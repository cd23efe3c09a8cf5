import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { baseUrl, launchBrowser, newContext, screenshot, signIn } from './browser';

/**
 * The member journey, as haute-ariege@maillage.demo (CC de la Haute Ariège): the centres list shows
 * exactly the centres its member backs — the rows an admin sees when filtering on that member, no
 * other — and a candidate is out of reach (no menu, list and record refused even typed by hand).
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * The names in the first column of the centres list as shown, and the « 1-2 sur 2 » total under it,
 * in a page of its own (so that no earlier list is still on screen while this one loads).
 */
async function shownCentres(context: BrowserContext, filter?: Record<string, unknown>) {
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/#/centres?perPage=100${filter ? `&filter=${encodeURIComponent(JSON.stringify(filter))}` : ''}`);
  await page.locator('table tbody tr').first().waitFor();
  await page.waitForLoadState('networkidle');
  const names = (await page.locator('table tbody tr td:first-child').allTextContents()).map((n) => n.trim());
  const total = await page.getByText(/^\d+-\d+ sur \d+$/).first().textContent();
  return { page, names, total: Number(total!.split(' sur ')[1]) };
}

it('sees only the centres its member backs, and no candidate', async () => {
  // What the member may see, told by an admin: the centres filtered on its member.
  const memberContext = await newContext(browser);
  const page = await memberContext.newPage();
  await signIn(page, 'haute-ariege@maillage.demo');
  const memberId = await page.evaluate(async () => ((await (await fetch('/api/auth/me')).json()) as { memberId: number }).memberId);
  expect(memberId).toBeGreaterThan(0);

  const adminContext = await newContext(browser);
  const admin = await adminContext.newPage();
  await signIn(admin, 'admin@maillage.demo');
  const everything = await shownCentres(adminContext);
  const { names: backed, total: backedTotal } = await shownCentres(adminContext, { memberIds: memberId });
  expect(backedTotal).toBe(backed.length);
  const otherId = await admin.evaluate(
    async (names) => ((await (await fetch('/api/centres?range=%5B0%2C199%5D')).json()) as { id: number; name: string }[]).find((c) => !names.includes(c.name))!.id,
    backed,
  );
  await adminContext.close();
  expect([...backed].sort()).toEqual(['Antenne des Cabannes', "Centre de santé d'Ax-les-Thermes"]);
  expect(everything.total).toBeGreaterThan(backed.length);

  // The member's own list: those rows exactly.
  const mine = await shownCentres(memberContext);
  expect(mine.names.sort()).toEqual([...backed].sort());
  expect(mine.total).toBe(backed.length);
  await screenshot(mine.page, 'membre-centres-liste');
  // Another centre, typed by hand, is not found: the server answers 404 for what the member may not see.
  expect(await page.evaluate(async (id) => (await fetch(`/api/centres/${id}`)).status, otherId)).toBe(404);
  // …and the app, asked for it, goes back to the member's list without showing it.
  await page.goto(`${baseUrl()}/#/centres/${otherId}/show`);
  await page.waitForURL((url) => url.hash === '#/centres');
  await page.locator('table tbody tr').first().waitFor();
  expect((await page.locator('table tbody tr td:first-child').allTextContents()).sort()).toEqual([...backed].sort());

  // No candidate: no menu entry, and the list and a record typed by hand are refused.
  const menus = await page.getByRole('menuitem').allTextContents();
  expect(menus.join('|')).not.toMatch(/Candidat·es|Candidatures/);
  for (const path of ['/candidates', '/candidates/1/show', '/candidates/1', '/candidates/create', '/applications']) {
    await page.goto(`${baseUrl()}/#${path}`);
    await page.getByText('Non autorisé').waitFor();
    expect(page.url(), path).toContain('#/access-denied');
    expect(await page.locator('table tbody tr').count()).toBe(0);
    expect(await page.getByRole('textbox').count()).toBe(0);
  }
  await screenshot(page, 'membre-candidat-refuse');
  await page.goto(`${baseUrl()}/#/applications/board`);
  await page.getByText('Votre rôle ne donne pas accès aux candidatures.').waitFor();
  expect(await page.getByRole('article').count()).toBe(0);
  for (const path of ['/api/candidates', '/api/candidates/1', '/api/applications']) {
    expect(await page.evaluate(async (p) => (await fetch(p)).status, path)).toBe(403);
  }
  await memberContext.close();
});
