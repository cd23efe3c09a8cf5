import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from './context';
import type { Database } from './db/types';
import { requireCsrfToken, requireSession, type SessionTransport } from './auth/middleware';
import type { PasswordHasher } from './auth/passwords';
import { clientInfo, parseTrustedProxies, type ClientInfo } from './auth/client';
import { jsPasswords } from './auth/passwords-js';
import { authRoutes } from './auth/routes';
import { ApiError, pgError } from './errors';
import { documentRoutes } from './files/routes';
import { MAX_DOCUMENT_BYTES } from '../domain/file-types';
import { publicRoutes } from './public';
import { offerRoutes } from './offers/routes';
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './db/unavailable';
import { mailRoutes } from './mail/routes';
import { restRouter } from './rest/router';
import { interviewRoutes } from './interviews/routes';
import { timelineRoutes } from './timeline';
import { gdprRoutes } from './gdpr/routes';
import { STATS_CACHE_MS } from './stats/cache';
import { statsRoutes } from './stats/routes';

/** Largest request body accepted (JSON records are small; 1 MiB is generous). */
export const MAX_BODY_BYTES = 1024 * 1024;
/**
 * Largest upload of a document (`POST /api/documents`): the file's 10 MB, plus room for the multipart
 * framing and the form's few text fields. That path alone; every other body keeps MAX_BODY_BYTES.
 */
export const MAX_UPLOAD_BYTES = MAX_DOCUMENT_BYTES + 64 * 1024;
const isUpload = (method: string, path: string) => method === 'POST' && /\/documents\/?$/.test(path);

export interface ApiOptions {
  /** Node passes its native scrypt; the default is the JavaScript one (browser demo). */
  passwords?: PasswordHasher;
  /**
   * `cookie` (default): the session travels in an HttpOnly cookie. `header`: for msw in a browser, where
   * a service worker's answers cannot set cookies, login answers the token in `X-Session-Token` and
   * requests carry it as `Authorization: Bearer`.
   */
  sessionTransport?: SessionTransport;
  /**
   * How long the statistics' answers are kept per scope (stats/cache.ts; every write through the API
   * forgets them). Default STATS_CACHE_MS; 0 computes them on every request.
   */
  statsCacheMs?: number;
  /** TRUSTED_PROXIES: addresses or CIDR ranges whose X-Forwarded-For / X-Forwarded-Proto are believed (auth/client.ts). */
  trustedProxies?: string;
  /** COOKIE_SECURE=1: always a `Secure`, `__Host-` session cookie. */
  cookieSecure?: boolean;
  /**
   * True when this server sends its outbox (SMTP_URL set: src/server/cli/start.ts runs the mail worker);
   * otherwise waiting messages say « non envoyé : aucun serveur SMTP configuré » (src/server/mail/routes.ts).
   */
  smtpConfigured?: boolean;
}

/**
 * The HTTP API, mounted under /api. The same app runs in Node (src/server/cli) and, for the demo and
 * the app tests, inside msw in the browser or jsdom (mocks/): it touches no Node-only module.
 */
export function createApi(database: Database, options: ApiOptions = {}) {
  const passwords = options.passwords ?? jsPasswords;
  const transport = options.sessionTransport ?? 'cookie';
  const trusted = parseTrustedProxies(options.trustedProxies);
  const cookieSecure = options.cookieSecure ?? false;
  const api = new Hono<AppEnv>();

  api.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
      referrerPolicy: 'same-origin',
      // A route may set its own headers (the GDPR export's HTML page: its stylesheet's hash); the
      // others get these.
      overwrite: false,
    }),
  );
  api.use('*', async (c, next) => {
    c.set('db', database.db);
    c.set('passwords', passwords);
    c.set('sessionTransport', transport);
    c.set('actor', { userId: null });
    c.set('cookieSecure', cookieSecure);
    // Computed when asked (sign-in, password change): most requests never need it.
    let client: ClientInfo | undefined;
    c.set('client', () => (client ??= clientInfo(socketPeer(c.env), c.req.url, (name) => c.req.header(name), trusted)));
    await next();
  });
  const limitBody = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => c.json({ message: 'Requête trop volumineuse (1 Mio au plus)' }, 413),
  });
  const limitUpload = bodyLimit({
    maxSize: MAX_UPLOAD_BYTES,
    onError: (c) => c.json({ message: 'Fichier trop volumineux : 10 Mo au plus', errors: { file: 'Le fichier dépasse 10 Mo' } }, 413),
  });
  // Only requests that carry a body: bodyLimit reads `c.req.raw`, which makes Node build a full
  // Request object (~50 µs), for nothing on a GET.
  api.use('*', (c, next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : isUpload(c.req.method, c.req.path) ? limitUpload(c, next) : limitBody(c, next),
  );

  // Reachable without a session: mounted before the session middleware, whose handlers never run for
  // them (a route that answers ends the chain), so no list of public paths exists anywhere.
  api.route('/', publicRoutes(database));

  // Everything below needs a live session, and a CSRF token on writes.
  api.use('*', requireSession, requireCsrfToken);
  api.route('/auth', authRoutes());
  api.route('/stats', statsRoutes({ cacheMs: options.statsCacheMs ?? STATS_CACHE_MS }));
  api.route('/', documentRoutes());
  api.route('/', interviewRoutes());
  api.route('/', timelineRoutes());
  api.route('/', gdprRoutes());
  // Before the generic router: the outbox's own routes (preview, reviewed message, retry, status).
  api.route('/', mailRoutes({ smtpConfigured: options.smtpConfigured ?? false }));
  api.route('/', restRouter());

  // A catch-all route, to stay the last one, rather than `api.notFound`: a sub-app's notFound handler
  // is not used once it is mounted with `app.route('/api', …)` (the answer was a text/plain 404, and the
  // Node app, which serves index.html for any other GET, answered unknown API paths with the SPA).
  api.all('*', (c) => c.json({ message: `Route inconnue : ${c.req.method} ${new URL(c.req.url).pathname}` }, 404));
  api.onError((error, c) => {
    if (error instanceof ApiError) return c.json({ message: error.message, ...(error.errors ? { errors: error.errors } : {}) }, error.status);
    if (error instanceof HTTPException) return c.json({ message: error.message || 'Requête refusée' }, error.status);
    // PostgreSQL « data exception » (class 22): a value the database cannot hold, e.g. a NUL character
    // in a text or a number out of range. The client's input is at fault: 400, not 500.
    if (isDatabaseUnavailable(error)) {
      c.header('Retry-After', String(RETRY_AFTER_SECONDS));
      return c.json({ message: DATABASE_UNAVAILABLE }, 503);
    }
    if (pgError(error)?.code.startsWith('22')) return c.json({ message: 'Valeur invalide : la base de données ne peut pas l’enregistrer ni la rechercher' }, 400);
    console.error('[api] unexpected error', c.req.method, c.req.url, error);
    return c.json({ message: 'Erreur interne du serveur' }, 500);
  });
  return api;
}

/** The socket's remote address under @hono/node-server (`c.env.incoming`); none in tests and in the browser demo. */
function socketPeer(env: unknown): string | undefined {
  return (env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress;
}

/** The API under /api, as the browser and msw reach it, and the public offers' pages under /offres. */
export function createApp(database: Database, options: ApiOptions = {}) {
  const app = new Hono();
  app.route('/api', createApi(database, options));
  app.route('/offres', offerRoutes(database, { trustedProxies: options.trustedProxies }));
  return app;
}
