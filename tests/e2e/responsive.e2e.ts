import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, screenshot, signIn } from './browser';
import { MAIN_PAGES, type MainPage } from './pages';

/**
 * Every main page (pages.ts) and the sign-in page on a tablet (768 × 1024), at 200 % zoom (a
 * 1280 × 800 screen at 200 % is a 640 × 400 CSS-pixel viewport with 2 device pixels per CSS pixel,
 * WCAG 1.4.4 / 1.4.10) and on a phone (390 × 844, × 3): the page does not scroll sideways (a wide table
 * scrolls in its own box), its single h1 shows, the AppBar's menu button opens the menu, its main action
 * can be scrolled to, and the account button is on the screen and opens a menu whose « Mon compte » and
 * « Se déconnecter » are on the screen too (on a phone the language, theme and refresh are there as well).
 * Viewport screenshots: tests/e2e/screenshots/responsive-<viewport>-<page>.png.
 */
const VIEWPORTS = {
  tablette: { viewport: { width: 768, height: 1024 }, deviceScaleFactor: 1 },
  zoom200: { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
  telephone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 },
} as const;
type ViewportName = keyof typeof VIEWPORTS;
type Check = 'horizontal-scroll' | 'h1' | 'menu' | 'action' | 'account';

/**
 * Pages that fail a check because of their own content (not the layout), tolerated for that check only
 * and with the reason, so that any other failure still fails the suite. Key: « viewport/page ». Remove an
 * entry once the page is fixed (the run says so).
 */
const KNOWN_RESPONSIVE: Record<string, { checks: Check[]; reason: string }> = {};

/**
 * A context of this run, with MUI's transitions (the sliding menu's 225 ms in, 195 ms out) cut to
 * nothing: what is checked here is where things end up, not how they move, and 80 pages × 0.4 s of
 * sliding weighed on the suite's time.
 */
async function newResponsiveContext(options: (typeof VIEWPORTS)[ViewportName]): Promise<BrowserContext> {
  const context = await browser.newContext({ ...options, locale: 'fr-FR' });
  await context.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const style = document.createElement('style');
      style.textContent = '*, *::before, *::after { transition-duration: 0s !important; transition-delay: 0s !important; animation-duration: 0s !important; }';
      document.head.append(style);
    });
  });
  return context;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Horizontal scroll, the h1, the main action: what fails on the page as it is, into `found`. */
async function problems(page: Page, target: Pick<MainPage, 'action'>, found: Map<Check, string>) {
  const { width, height } = page.viewportSize()!;

  // One round trip for the page's width and its h1 (the machine running the suite may be loaded).
  const layout = await page.evaluate(() => {
    const root = document.documentElement;
    const headings = [...document.querySelectorAll('h1')];
    const h1 = headings[0];
    const box = h1?.getBoundingClientRect();
    return {
      overflow: root.scrollWidth > root.clientWidth + 1 ? `${root.scrollWidth} px wide for ${root.clientWidth}` : null,
      count: headings.length,
      text: h1?.textContent?.trim() ?? '',
      box: box && { x: box.x, y: box.y, width: box.width, height: box.height },
      hidden: !h1 || getComputedStyle(h1).visibility === 'hidden' || h1.getClientRects().length === 0,
    };
  });
  if (layout.overflow) found.set('horizontal-scroll', layout.overflow);
  // Visible, inside the screen, and wide enough to read something of it (it may end in « … »).
  const { box } = layout;
  if (layout.count !== 1) found.set('h1', `${layout.count} h1`);
  else if (layout.hidden || !layout.text || !box || box.x < 0 || box.y < 0 || box.width < 60 || box.x + 60 > width || box.height < 10)
    found.set('h1', `h1 « ${layout.text} » not readable: ${JSON.stringify(box)}`);

  if (target.action) {
    const main = page.locator('#main-content, main').first();
    const action = main
      .getByRole('button', { name: target.action, exact: true })
      .or(main.getByRole('link', { name: target.action, exact: true }))
      .first();
    if ((await action.count()) === 0) found.set('action', `no « ${target.action} »`);
    else {
      await action.scrollIntoViewIfNeeded();
      const at = await action.boundingBox();
      if (!at || at.x < 0 || at.y < 0 || at.x + at.width > width + 1 || at.y + at.height > height + 1)
        found.set('action', `« ${target.action} » out of reach: ${JSON.stringify(at)}`);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
  }
}

/** The AppBar's menu button opens the menu, which closes again with Escape (focus back on the button). */
async function menuProblem(page: Page, found: Map<Check, string>) {
  const { width, height } = page.viewportSize()!;
  const toggle = page.getByRole('button', { name: 'Ouvrir le menu' });
  if ((await toggle.count()) === 0) return void found.set('menu', 'no « Ouvrir le menu » button');
  // From the keyboard (a mouse left over the button would show its tooltip on the next page's picture).
  await toggle.focus();
  await page.keyboard.press('Enter');
  const item = page.getByRole('menuitem', { name: 'Tableau de bord' });
  // The menu slides in from the left (225 ms): it is there once its items are inside the screen.
  const shown = await page
    .waitForFunction(
      ([w, h]) => {
        const box = [...document.querySelectorAll('[role="menuitem"]')].find((e) => e.textContent?.includes('Tableau de bord'))?.getBoundingClientRect();
        return !!box && box.width > 0 && box.x >= 0 && box.right <= w + 1 && box.bottom <= h + 1;
      },
      [width, height],
      { timeout: 5000 },
    )
    .then(() => true)
    .catch(() => false);
  if (!shown) found.set('menu', `menu not shown: ${JSON.stringify(await item.boundingBox({ timeout: 1000 }).catch(() => null))}`);
  // The sliding menu closes with Escape, as a dialog does: its items leave the screen.
  await page.keyboard.press('Escape');
  await page
    .waitForFunction(() => {
      const box = [...document.querySelectorAll('[role="menuitem"]')].find((e) => e.textContent?.includes('Tableau de bord'))?.getBoundingClientRect();
      return !box || box.width === 0 || box.right <= 0;
    }, undefined, { timeout: 5000 })
    .catch(() => found.set('menu', 'the menu does not close with Escape'));
  // Escape gives the focus back to the menu button, whose tooltip would then show on the next page's picture.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/** The items the account menu has at this viewport: on a phone, also what the AppBar has no room for. */
const ACCOUNT_ITEMS = (phone: boolean) => (phone ? ['Mon compte', 'Français', 'English', 'Thème sombre', 'Actualiser', 'Se déconnecter'] : ['Mon compte', 'Se déconnecter']);

/**
 * The account button (named « <user> — mon compte », in French) is inside the screen; opened from the
 * keyboard, its menu's items are all inside the screen; Escape closes it. On a phone, the AppBar shows
 * no separate language, theme or refresh button (they would be pushed off the screen).
 */
async function accountProblem(page: Page, found: Map<Check, string>) {
  const { width, height } = page.viewportSize()!;
  const phone = width < 600;
  const button = page.locator('header').getByRole('button', { name: / — mon compte$/ });
  // The sliding menu, just closed, leaves the rest of the page aria-hidden for a moment.
  await button.first().waitFor({ timeout: 5000 }).catch(() => undefined);
  const count = await button.count();
  if (count !== 1) return void found.set('account', `${count} « … — mon compte » buttons`);
  const at = await button.boundingBox();
  if (!at || at.x < 0 || at.y < 0 || at.x + at.width > width + 1 || at.y + at.height > height + 1)
    return void found.set('account', `account button off the screen: ${JSON.stringify(at)}`);
  if (phone) {
    const extra = await page.locator('header').getByRole('button', { name: /^(Français|Thème clair\/sombre|Actualiser)$/ }).count();
    if (extra) found.set('account', `${extra} language/theme/refresh button(s) left in the AppBar`);
  }
  await button.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: / — mon compte$/ });
  const shown = await menu.waitFor({ timeout: 5000 }).then(() => true).catch(() => false);
  if (!shown) return void found.set('account', 'the account menu does not open');
  const items = await menu.getByRole('menuitem').evaluateAll((elements, [w, h]) =>
    elements.map((e) => {
      const box = e.getBoundingClientRect();
      return { text: e.textContent?.trim() ?? '', inside: box.width > 0 && box.x >= 0 && box.y >= 0 && box.right <= w + 1 && box.bottom <= h + 1 };
    }), [width, height]);
  const expected = ACCOUNT_ITEMS(phone);
  if (JSON.stringify(items.map((i) => i.text)) !== JSON.stringify(expected)) found.set('account', `menu items ${JSON.stringify(items.map((i) => i.text))}`);
  const outside = items.filter((i) => !i.inside).map((i) => i.text);
  if (outside.length) found.set('account', `off the screen: ${outside.join(', ')}`);
  await page.keyboard.press('Escape');
  await menu.waitFor({ state: 'hidden', timeout: 5000 }).catch(() => found.set('account', 'the account menu does not close with Escape'));
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

function expectOnly(found: Map<Check, string>, key: string) {
  const known = KNOWN_RESPONSIVE[key];
  const unexpected = [...found].filter(([check]) => !known?.checks.includes(check)).map(([check, why]) => `${check}: ${why}`);
  expect(unexpected.join('\n'), key).toBe('');
  const fixed = known?.checks.filter((check) => !found.has(check)) ?? [];
  if (fixed.length) console.log(`KNOWN_RESPONSIVE ${key}: ${fixed.join(', ')} now pass, remove them from the list`);
}

for (const [viewportName, options] of Object.entries(VIEWPORTS) as [ViewportName, (typeof VIEWPORTS)[ViewportName]][]) {
  describe(`${viewportName} (${options.viewport.width} × ${options.viewport.height}, × ${options.deviceScaleFactor})`, () => {
    it('sign-in page', async () => {
      const context = await newResponsiveContext(options);
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/#/login`);
      await page.getByRole('button', { name: 'Se connecter' }).waitFor();
      const found = new Map<Check, string>();
      await problems(page, { action: 'Se connecter' }, found);
      await screenshot(page, `responsive-${viewportName}-connexion`, false);
      expectOnly(found, `${viewportName}/connexion`);
      await context.close();
    });

    for (const [email, targets] of Object.entries(MAIN_PAGES)) {
      describe(email, () => {
        let context: BrowserContext;
        let page: Page;
        beforeAll(async () => {
          context = await newResponsiveContext(options);
          page = await context.newPage();
          await signIn(page, email);
        });
        afterAll(async () => {
          await context?.close();
        });
        for (const target of targets) {
          it(`${target.name} (${target.path})`, async () => {
            await page.goto(`${baseUrl()}/#${target.path}`);
            await target.ready(page);
            const found = new Map<Check, string>();
            await problems(page, target, found);
            await screenshot(page, `responsive-${viewportName}-${target.name}`, false);
            await menuProblem(page, found);
            await accountProblem(page, found);
            expectOnly(found, `${viewportName}/${target.name}`);
          });
        }
      });
    }
  });
}
