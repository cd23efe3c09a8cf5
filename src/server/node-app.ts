import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';
import { secureHeaders } from 'hono/secure-headers';
import { createApi, type ApiOptions } from './app';
import { offerRoutes } from './offers/routes';
import type { PasswordHasher } from './auth/passwords';
import type { Database } from './db/types';

/** Answers smaller than this are sent as they are: gzip would cost more time than it saves bytes. */
export const COMPRESS_FROM_BYTES = 1024;

/**
 * Compression of the API's answers, from COMPRESS_FROM_BYTES, gzip only (every client accepts it).
 *
 * Why not Hono's compress() here: the API's JSON answers are built from strings without a length, so
 * compress() goes on to set `Vary` through `c.header()`, and a header set that way after the answer is
 * built turns @hono/node-server's light response (a string written at once) into a full web Response
 * whose body is then read back as a stream — half the throughput of a small answer, and a timer per
 * answer. This one only touches the headers of answers it does not compress; the others (when the
 * client accepts gzip) are read, compressed in one call (a few KB of JSON: tens of µs) and replaced.
 */
const compressApi: MiddlewareHandler = async (c, next) => {
  await next();
  const res = c.res;
  const type = res.headers.get('content-type');
  if (!type?.startsWith('application/json')) return;
  res.headers.append('Vary', 'Accept-Encoding');
  const accepts = c.req.header('accept-encoding');
  if (!accepts || !/\bgzip\b/i.test(accepts) || c.req.method === 'HEAD' || res.headers.has('content-encoding')) return;
  const body = new Uint8Array(await res.arrayBuffer());
  const headers = new Headers(res.headers);
  const compressed = body.byteLength >= COMPRESS_FROM_BYTES;
  const out = compressed ? gzipSync(body) : body;
  if (compressed) headers.set('Content-Encoding', 'gzip');
  headers.set('Content-Length', String(out.byteLength));
  // Assigning over the current answer would merge its headers into the new one (and stream it):
  // clear it first, the new answer carries all of them.
  c.res = undefined;
  c.res = new Response(out, { status: res.status, statusText: res.statusText, headers });
};

/**
 * The API plus the built single-page app, as `npm start` serves them: hashed assets cached for a
 * year, answers of 1 KiB or more compressed, any other path answered with index.html (client-side routes).
 */
export function createNodeApp(
  database: Database,
  staticDir: string,
  passwords: PasswordHasher,
  options: Pick<ApiOptions, 'statsCacheMs' | 'trustedProxies' | 'cookieSecure' | 'smtpConfigured'> = {},
) {
  const app = new Hono();
  // Static files: Hono's compress (serveStatic gives their length). The API: compressApi below.
  const compressStatic = compress({ threshold: COMPRESS_FROM_BYTES });
  app.use('*', (c, next) => (c.req.path.startsWith('/api/') ? next() : compressStatic(c, next)));
  app.use('/api/*', compressApi);
  app.route('/api', createApi(database, { ...options, passwords }));
  // The public offers (server-rendered HTML), before the single-page app's fallback.
  app.route('/offres', offerRoutes(database, { trustedProxies: options.trustedProxies }));

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
