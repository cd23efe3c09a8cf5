import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot, signIn } from './browser';

/**
 * The regional dashboard's drawings as a person sees them (issue 13, point 17): every series of a chart
 * in its legend and tooltip, in a colour that shows; no focus ring left on the map after a click; a
 * department chosen titles the page with its name and drops the regional targets.
 */
let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await newContext(browser)).newPage();
  await signIn(page, 'region@maillage.demo');
});
afterAll(async () => {
  await browser?.close();
});

const chartOf = (title: string) => page.getByRole('region', { name: title }).locator('.recharts-wrapper');

/** The colour a text is painted in, as rgb(r, g, b). */
const colourOf = (locator: ReturnType<Page['locator']>) => locator.evaluate((el) => getComputedStyle(el).color);
const WHITE = 'rgb(255, 255, 255)';

it('names the plan in the centres chart’s legend and tooltip, readable on white', async () => {
  // The charts load when their card scrolls into view.
  await page.getByRole('heading', { name: 'Centres ouverts par année' }).scrollIntoViewIfNeeded();
  const chart = chartOf('Centres ouverts par année');
  await chart.waitFor();
  await chart.scrollIntoViewIfNeeded();
  const legend = page.getByRole('region', { name: 'Centres ouverts par année' }).getByTestId('chart-legend');
  expect((await legend.locator('li').allTextContents()).map((t) => t.trim())).toEqual(['Ouverts', 'Objectif', 'Ouverts en fin d’année']);
  for (const item of await legend.locator('li').all()) expect(await colourOf(item)).not.toBe(WHITE);

  const box = (await chart.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.5);
  const tooltip = page.getByRole('region', { name: 'Centres ouverts par année' }).getByTestId('chart-tooltip');
  await tooltip.waitFor();
  expect(await tooltip.textContent()).toMatch(/^\d{4}Ouverts\d+Objectif\d+Ouverts en fin d’année\d+$/);
  for (const line of await tooltip.locator('span').all()) expect(await colourOf(line)).not.toBe(WHITE);
  await screenshot(page, 'tableau-de-bord-infobulle-centres', false);
});

it('leaves no focus ring on a department after a click, and titles the page with its name without the regional targets', async () => {
  const ariege = page.locator('path[data-code="09"]');
  await ariege.click();
  await page.mouse.move(0, 0);
  expect(await ariege.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('none');
  await expect.poll(() => page.getByTestId('dashboard-subtitle').textContent()).toBe('Ariège : les centres et les professionnels du département');
  const centres = page.getByRole('region', { name: 'Centres ouverts' }).getByTestId('kpi-value');
  await expect.poll(() => centres.textContent()).toMatch(/^\d+$/);
  // The keyboard's focus still shows, drawn as a dark outline of the shape.
  await page.locator('path[data-code="11"]').focus();
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => {
    const el = document.activeElement as SVGPathElement | null;
    return { code: el?.getAttribute('data-code'), stroke: el && getComputedStyle(el).stroke, outline: el && getComputedStyle(el).outlineStyle };
  });
  expect(focused).toEqual({ code: expect.stringMatching(/^\d\d$/), stroke: 'rgb(22, 22, 22)', outline: 'none' });
  await screenshot(page, 'tableau-de-bord-ariege', false);
});
