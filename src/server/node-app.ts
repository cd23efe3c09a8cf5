import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { secureHeaders } from 'hono/secure-headers';
import { createApi } from './app';
import type { PasswordHasher } from './auth/passwords';
import type { Database } from './db/types';

/**
 * The API plus the built single-page app, as `npm start` serves them: hashed assets cached for a
 * year, everything compressed, any other path answered with index.html (client-side routes).
 */
export function createNodeApp(database: Database, staticDir: string, passwords: PasswordHasher) {
  const app = new Hono();
  app.use('*', compress());
  app.route('/api', createApi(database, { passwords }));

  const index = join(staticDir, 'index.html');
  if (!existsSync(index)) return app;
  const indexHtml = readFileSync(index, 'utf8');

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
      },
      referrerPolicy: 'same-origin',
    }),
  );
  app.use(
    '/assets/*',
    serveStatic({
      root: staticDir,
      onFound: (_path, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable'),
    }),
  );
  app.use('*', serveStatic({ root: staticDir, onFound: (_path, c) => c.header('Cache-Control', 'no-cache') }));
  app.get('*', (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.html(indexHtml);
  });
  return app;
}
