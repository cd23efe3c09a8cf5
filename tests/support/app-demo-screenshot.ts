/**
 * Opens the static demo build in Debian's Chromium and takes a screenshot of a screen — a manual check
 * that the demo runs with no server (msw worker + PGlite in the page).
 *
 *   npm run build:demo && npx vite preview --outDir dist-demo --port 4180 &
 *   node --import tsx tests/support/app-demo-screenshot.ts [url] [out.png]
 */
import { chromium } from 'playwright-core';

const url = process.argv[2] ?? 'http://localhost:4180/#/members';
const out = process.argv[3] ?? '/tmp/maillage-demo.png';

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'fr-FR' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page: ${e.message}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  page.on('request', (r) => {
    const host = new URL(r.url()).host;
    if (host && host !== new URL(url).host) problems.push(`third-party request: ${r.url()}`);
  });
  const started = Date.now();
  await page.goto(url);
  try {
    await page.locator('table tbody tr').first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    console.log(`first rows after ${Date.now() - started} ms`);
    const pagination = page.locator('.MuiTablePagination-displayedRows');
    if (await pagination.count()) console.log(`pagination: ${await pagination.first().textContent()}`);
  } catch (error) {
    problems.push(`no table rows: ${(error as Error).message.split('\n')[0]}`);
  }
  await page.screenshot({ path: out });
  console.log(`screenshot: ${out}`);
  if (problems.length) console.log(problems.join('\n'));
} finally {
  await browser.close();
}
