import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { signInRoutes } from './auth/routes';
import type { AppEnv } from './context';
import type { Database } from './db/types';

/**
 * The API routes that answer without a session: the health probe and sign-in. `createApi` mounts this
 * sub-app before the session middleware; a new public route is added here and nowhere else.
 */
export function publicRoutes(database: Database) {
  const open = new Hono<AppEnv>();

  open.get('/health', async (c) => {
    try {
      await database.db.execute(sql`select 1`);
      return c.json({ status: 'ok', database: { kind: database.kind, reachable: true } });
    } catch {
      return c.json({ status: 'degraded', database: { kind: database.kind, reachable: false } }, 503);
    }
  });
  open.route('/auth', signInRoutes());
  return open;
}
