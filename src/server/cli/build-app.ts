import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Newest modification time under the app's sources. */
function newestSource(paths: string[]): number {
  let newest = 0;
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

const SOURCES = ['index.html', 'src/app', 'src/domain', 'public', 'vite.config.ts', 'package-lock.json'];

/** Builds the app with Vite when dist/ is missing or older than its sources. */
export async function buildAppIfNeeded(staticDir: string, log: (message: string) => void) {
  const index = join(staticDir, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newestSource(SOURCES)) return false;
  log('Construction de l’application (vite build)…');
  const started = Date.now();
  const { build } = await import('vite');
  await build({ logLevel: 'warn', build: { outDir: staticDir, emptyOutDir: true } });
  log(`Application construite en ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return true;
}
