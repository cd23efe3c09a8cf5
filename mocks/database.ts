import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { applyStatements, statementsOf } from '../src/server/db/migrations';
import * as schema from '../src/server/db/schema';
import type { Database, Db } from '../src/server/db/types';

/**
 * An in-memory PGlite database, migrated from the committed SQL files, for the static demo (browser)
 * and the app tests (vitest + happy-dom). No Node-only module: Vite and vitest both resolve the globs.
 */
const migrationFiles = import.meta.glob<string>('../src/server/db/migrations/*.sql', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/**
 * The demonstration data, when `src/server/seed/demo.ts` exists and exports `seedDemo(db)`.
 * A lazy glob finds the module if it is there and nothing otherwise, so this file builds either way.
 */
type SeedModule = { seedDemo?: (db: Db) => Promise<unknown> };
const seedModules = import.meta.glob<SeedModule>('../src/server/seed/demo.ts');

export async function seedDemoData(db: Db): Promise<boolean> {
  const load = Object.values(seedModules)[0];
  const seedDemo = load ? (await load()).seedDemo : undefined;
  if (!seedDemo) return false;
  await seedDemo(db);
  return true;
}

export interface InMemoryOptions {
  /** Load the demonstration data (default true); tests that insert their own rows say false. */
  seed?: boolean;
}

export async function openInMemoryDatabase({ seed = true }: InMemoryOptions = {}): Promise<Database & { seeded: boolean }> {
  const client = await PGlite.create();
  const db = drizzle({ client, schema, casing: 'snake_case' }) as unknown as Db;
  await applyStatements(db, statementsOf(migrationFiles));
  const seeded = seed ? await seedDemoData(db) : false;
  return { db, kind: 'pglite', seeded, close: () => client.close() };
}
