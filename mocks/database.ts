import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle } from 'drizzle-orm/pglite';
import { applyStatements, statementsOf } from '../src/server/db/migrations';
import * as schema from '../src/server/db/schema';
import type { Database, Db } from '../src/server/db/types';

/**
 * An in-memory PGlite database, migrated from the committed SQL files, for the static demo (browser)
 * and the app tests (vitest + happy-dom). No Node-only module: Vite and vitest both resolve the globs.
 * The app tests start it from the suite's prepared image instead (`loadDataDir`: no initdb, no migrations).
 */
const migrationFiles = import.meta.glob<string>('../src/server/db/migrations/*.sql', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The demonstration data (src/server/seed/demo.ts), loaded only when asked: its own chunk in the demo build. */
export async function seedDemoData(db: Db): Promise<boolean> {
  const [{ seedDemo }, { setDemoPasswords }, { jsPasswords }] = await Promise.all([
    import('../src/server/seed/demo'),
    import('../src/server/seed/demo-passwords'),
    import('../src/server/auth/passwords-js'),
  ]);
  const seeded = await seedDemo(db);
  await setDemoPasswords(db, jsPasswords);
  return seeded;
}

export interface InMemoryOptions {
  /** Load the demonstration data (default true); tests that insert their own rows say false. */
  seed?: boolean;
  /**
   * A PGlite image (`dumpDataDir()`) of a database already migrated: started from it, PGlite skips its
   * initdb and the migrations are not applied again (the app tests: tests/support/global-setup.ts).
   */
  loadDataDir?: Blob | File;
}

export async function openInMemoryDatabase({ seed = true, loadDataDir }: InMemoryOptions = {}): Promise<Database & { seeded: boolean }> {
  const client = await PGlite.create({ loadDataDir, extensions: { pg_trgm } }); // the migrations create its trigram indexes
  const db = drizzle({ client, schema, casing: 'snake_case' }) as unknown as Db;
  if (!loadDataDir) await applyStatements(db, statementsOf(migrationFiles));
  const seeded = seed ? await seedDemoData(db) : false;
  return { db, kind: 'pglite', seeded, close: () => client.close() };
}
