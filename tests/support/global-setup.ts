import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/server/db/open';
import { createPostgresDatabase, postgresReachable, POSTGRES_ADMIN_URL } from './postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PGlite data folder image, migrated and empty, that each test database starts from. */
    pgliteImage: string;
    /** Whether the PostgreSQL suites run. */
    postgres: boolean;
    /** When they do: a migrated, empty PostgreSQL database that each test database is copied from. */
    postgresTemplate: string;
  }
}

interface Prepared {
  dir: string;
  image: string;
  postgres: boolean;
  postgresTemplate: string;
  dropTemplate: () => Promise<void>;
  /** Projects whose teardown has not run yet: the last one removes the image. */
  users: number;
}

/**
 * vitest runs a global setup once per project (and once for the root config), in one process, each
 * time from a fresh module instance: what is prepared once is kept on globalThis.
 */
const shared = globalThis as { maillageTestSetup?: Promise<Prepared> };

async function prepare(): Promise<Prepared> {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-test-'));
  const database = await openDatabase({});
  await database.migrate();
  const client = (database.db as unknown as { $client: { dumpDataDir(c: 'none'): Promise<Blob> } }).$client;
  const image = join(dir, 'migrated.tar');
  writeFileSync(image, Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer()));
  await database.close();

  const required = process.env.MAILLAGE_TEST_PG === '1';
  const reachable = process.env.MAILLAGE_TEST_PG === '0' ? false : await postgresReachable();
  if (required && !reachable) throw new Error(`MAILLAGE_TEST_PG=1 but PostgreSQL is not reachable at ${POSTGRES_ADMIN_URL}`);
  let postgresTemplate = '';
  let dropTemplate = async () => {};
  if (reachable) {
    const template = await createPostgresDatabase();
    dropTemplate = template.drop;
    const migrated = await openDatabase({ databaseUrl: template.url, poolSize: 1 });
    await migrated.migrate();
    await migrated.close(); // a template must have no session open while it is copied
    postgresTemplate = new URL(template.url).pathname.slice(1);
  }
  return { dir, image, postgres: reachable, postgresTemplate, dropTemplate, users: 0 };
}

/**
 * Builds the migrated PGlite image once per run (initdb costs seconds), decides whether PostgreSQL runs,
 * and if so migrates a template database the PostgreSQL test databases are copied from.
 */
export default async function setup(project: TestProject) {
  const prepared = await (shared.maillageTestSetup ??= prepare());
  prepared.users++;
  project.provide('pgliteImage', prepared.image);
  project.provide('postgres', prepared.postgres);
  project.provide('postgresTemplate', prepared.postgresTemplate);

  return async () => {
    if (--prepared.users > 0) return;
    delete shared.maillageTestSetup;
    rmSync(prepared.dir, { recursive: true, force: true });
    await prepared.dropTemplate();
  };
}
