import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';
import { secureHeaders } from 'hono/secure-headers';
import { createApi, type ApiOptions } from './app';
import type { PasswordHasher } from './auth/passwords';
import type { Database } from './db/types';

/** Answers smaller than this are sent as they are: gzip would cost more time than it saves bytes. */
export const COMPRESS_FROM_BYTES = 1024;

/**
 * The API plus the built single-page app, as `npm start` serves them: hashed assets cached for a
 * year, answers of 1 KiB or more compressed, any other path answered with index.html (client-side routes).
 */
export function createNodeApp(
  database: Database,
  staticDir: string,
  passwords: PasswordHasher,
  options: Pick<ApiOptions, 'statsCacheMs'> = {},
) {
  const app = new Hono();
  app.use('*', compress({ threshold: COMPRESS_FROM_BYTES }));
  // The API's JSON answers are built as strings without a Content-Length, which compress() needs to
  // apply its threshold: when the client accepts compression, measure them first.
  app.use('/api/*', async (c, next) => {
    await next();
    if (!c.req.header('accept-encoding') || c.res.headers.has('content-length') || !c.res.body) return;
    const body = await c.res.arrayBuffer();
    c.res = new Response(body, c.res);
    c.res.headers.set('content-length', String(body.byteLength));
  });
  app.route('/api', createApi(database, { passwords, statsCacheMs: options.statsCacheMs }));

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
  // Cache-Control is set once serveStatic has answered: its onFound hook runs after the response is
  // built, too late for a header to reach it.
  const cacheFor = (value: string): MiddlewareHandler => async (c, next) => {
    await next();
    if (c.res.status === 200 && !c.res.headers.has('cache-control')) c.res.headers.set('Cache-Control', value);
  };
  app.use('/assets/*', cacheFor('public, max-age=31536000, immutable'), serveStatic({ root: staticDir }));
  app.use('*', cacheFor('no-cache'), serveStatic({ root: staticDir }));
  app.get('*', (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.html(indexHtml);
  });
  return app;
}
