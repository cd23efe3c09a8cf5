/**
 * The front end, for the bench: the initial JavaScript of the built app (the entry chunk and the chunks
 * it imports statically, gzip) and, in Debian's Chromium, the time from navigation to the dashboard's
 * first figure on screen, signed in.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

export interface Chunk {
  file: string;
  kb: number;
  gzipKb: number;
}

export interface BuildFigures {
  /** The entry chunk and what it imports statically: what the browser must load before the first render. */
  initial: Chunk[];
  initialGzipKb: number;
  /** Chunks loaded later (dynamic imports), largest first. */
  lazy: Chunk[];
}

interface ManifestEntry {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

/** `vite build` into `outDir` (with its manifest), and the sizes of its JavaScript chunks. */
export function buildApp(outDir: string): BuildFigures {
  const r = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir', '--manifest', '--logLevel', 'warn'], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`vite build: ${r.stdout}\n${r.stderr}`);
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestEntry>;
  const chunk = (file: string): Chunk => {
    const code = readFileSync(join(outDir, file));
    return { file, kb: kb(code.length), gzipKb: kb(gzipSync(code, { level: 9 }).length) };
  };
  const initialKeys = new Set<string>();
  const visit = (key: string) => {
    if (initialKeys.has(key)) return;
    initialKeys.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  for (const [key, entry] of Object.entries(manifest)) if (entry.isEntry) visit(key);
  const js = Object.entries(manifest).filter(([, e]) => e.file.endsWith('.js'));
  const initial = js.filter(([key]) => initialKeys.has(key)).map(([, e]) => chunk(e.file));
  const lazy = js
    .filter(([key]) => !initialKeys.has(key))
    .map(([, e]) => chunk(e.file))
    .sort((a, b) => b.gzipKb - a.gzipKb);
  return { initial, initialGzipKb: Math.round(initial.reduce((s, c) => s + c.gzipKb, 0) * 10) / 10, lazy };
}

export interface RenderFigures {
  /** Median, in ms, from navigation to the first dashboard figure, with an empty browser cache. */
  coldMs: number;
  /** The same with the app's files already in the browser's cache (a later visit). */
  warmMs: number;
  runs: number;
  /** The first figure shown (to see that it is the real dashboard). */
  figure: string;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Signs in through the sign-in page, then, `runs` times in a fresh browser context (empty cache) and
 * once more in the same context (cached files): navigation to `/` until the dashboard's first figure
 * (`[data-testid=kpi-value]`) is visible.
 */
export async function firstRender(url: string, email: string, password: string, runs = 5): Promise<RenderFigures> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const cold: number[] = [];
  const warm: number[] = [];
  let figure = '';
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
      // Signed in through the API in this context (the session cookie), so that the measured navigation
      // starts from an empty cache: nothing of the app is loaded yet.
      const login = await context.request.post(`${url}/api/auth/login`, { data: { email, password } });
      if (!login.ok()) throw new Error(`sign-in: ${login.status()}`);
      const page = await context.newPage();
      const time = async () => {
        const started = performance.now();
        await page.goto(`${url}/`);
        const value = page.locator('[data-testid="kpi-value"]').first();
        await value.waitFor({ state: 'visible', timeout: 60_000 });
        const elapsed = performance.now() - started;
        figure = (await value.textContent()) ?? '';
        return elapsed;
      };
      cold.push(await time());
      warm.push(await time());
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { coldMs: Math.round(median(cold)), warmMs: Math.round(median(warm)), runs, figure };
}
