import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { createApp } from '../../src/server/app';
import { openDatabase, type NodeDatabase } from '../../src/server/db/open';
import { createPostgresDatabase } from './postgres';

export type DatabaseKind = 'pglite' | 'postgres';

export interface TestDatabase {
  database: NodeDatabase;
  /** Drops (PostgreSQL) or closes (PGlite) the database. */
  dispose(): Promise<void>;
}

/** A fresh migrated database: PGlite in memory from the prepared image, or a new PostgreSQL database. */
export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const image = new Blob([readFileSync(inject('pgliteImage'))]);
    const database = await openDatabase({ loadDataDir: image });
    return { database, dispose: () => database.close() };
  }
  const { url, drop } = await createPostgresDatabase();
  const database = await openDatabase({ databaseUrl: url, poolSize: 5 });
  await database.migrate();
  return {
    database,
    dispose: async () => {
      await database.close();
      await drop();
    },
  };
}

/** The database kinds this run covers: PGlite always, PostgreSQL when reachable (required in CI). */
export function databaseKinds(): DatabaseKind[] {
  return inject('postgres') ? ['pglite', 'postgres'] : ['pglite'];
}

export interface ApiFixture {
  kind: DatabaseKind;
  database: NodeDatabase;
  app: ReturnType<typeof createApp>;
  /** `app.request` with JSON in and out. */
  call(method: string, path: string, body?: unknown): Promise<{ status: number; body: any; headers: Headers }>;
}

/**
 * Runs a suite once per database kind, each with its own fresh database and API app.
 * `prepare` runs once after migration (e.g. to insert fixtures).
 */
export function describeEachDatabase(name: string, suite: (fx: ApiFixture) => void, prepare?: (fx: ApiFixture) => Promise<void>) {
  for (const kind of databaseKinds()) {
    describe(`${name} [${kind}]`, () => {
      const fx = { kind } as ApiFixture;
      let test: TestDatabase;
      beforeAll(async () => {
        test = await createTestDatabase(kind);
        fx.database = test.database;
        fx.app = createApp(test.database);
        fx.call = async (method, path, body) => {
          const response = await fx.app.request(path, {
            method,
            headers: body === undefined ? {} : { 'content-type': 'application/json' },
            body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
          });
          const text = await response.text();
          let parsed: unknown = text;
          try {
            parsed = text ? JSON.parse(text) : undefined;
          } catch {
            /* not JSON */
          }
          return { status: response.status, body: parsed, headers: response.headers };
        };
        await prepare?.(fx);
      });
      afterAll(async () => {
        await test?.dispose();
      });
      suite(fx);
    });
  }
}
