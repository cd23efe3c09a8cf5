import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { signInRoutes } from './auth/routes';
import type { AppEnv } from './context';
import type { Database } from './db/types';
import { DATABASE_UNAVAILABLE, RETRY_AFTER_SECONDS } from './db/unavailable';

/** The longest /api/health waits for the database before it answers « degraded ». */
export const HEALTH_TIMEOUT_MS = 1500;

/** True when the promise resolves within `ms`; false when it fails or takes longer (it is left to settle). */
async function withinMs(ms: number, work: Promise<unknown>): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([work.then(() => true, () => false), late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The API routes that answer without a session: the health probe and sign-in. `createApi` mounts this
 * sub-app before the session middleware; a new public route is added here and nowhere else.
 */
export function publicRoutes(database: Database) {
  const open = new Hono<AppEnv>();

  // A probe must hear back quickly whatever the database does: a database that accepts connections and
  // never answers would otherwise hold the probe as long as the connect and statement timeouts.
  open.get('/health', async (c) => {
    const reachable = await withinMs(HEALTH_TIMEOUT_MS, database.db.execute(sql`select 1`));
    if (reachable) return c.json({ status: 'ok', database: { kind: database.kind, reachable: true } });
    c.header('Retry-After', String(RETRY_AFTER_SECONDS));
    return c.json({ status: 'degraded', message: DATABASE_UNAVAILABLE, database: { kind: database.kind, reachable: false } }, 503);
  });
  open.route('/auth', signInRoutes());
  return open;
}
