import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import type { Role } from '../../src/domain/enums';
import { createApp } from '../../src/server/app';
import { nodePasswords } from '../../src/server/auth/passwords-node';
import { openDatabase, type NodeDatabase } from '../../src/server/db/open';
import { createAccount, TEST_ADMIN, TEST_PASSWORD } from './accounts';
import { createPostgresDatabase } from './postgres';

export type DatabaseKind = 'pglite' | 'postgres';

export interface TestDatabase {
  database: NodeDatabase;
  /** Drops (PostgreSQL) or closes (PGlite) the database. */
  dispose(): Promise<void>;
}

/** A fresh migrated database: PGlite in memory from the prepared image, or a copy of the migrated PostgreSQL template. */
export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const image = new Blob([readFileSync(inject('pgliteImage'))]);
    const database = await openDatabase({ loadDataDir: image });
    return { database, dispose: () => database.close() };
  }
  const { url, drop } = await createPostgresDatabase(inject('postgresTemplate'));
  const database = await openDatabase({ databaseUrl: url, poolSize: 5 });
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

export { TEST_ADMIN, TEST_PASSWORD, testPasswordHashed } from './accounts';

export interface Reply {
  status: number;
  body: any;
  headers: Headers;
}

/** A signed-in (or anonymous) caller of the API: keeps its session cookie, sends its CSRF token on writes. */
export interface Client {
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Reply>;
  cookie?: string;
  csrfToken?: string;
  identity?: { id: number; email: string; role: Role; memberId: number | null; csrfToken: string };
}

type App = ReturnType<typeof createApp>;

export function clientOf(app: App, session?: { cookie: string; csrfToken: string; identity?: Client['identity'] }): Client {
  return {
    ...session,
    async call(method, path, body, headers = {}) {
      const all: Record<string, string> = { ...headers };
      // A FormData goes as multipart/form-data, its boundary chosen by Request: no content-type here.
      const form = body instanceof FormData;
      if (body !== undefined && !form) all['content-type'] ??= 'application/json';
      if (session) {
        all.cookie ??= session.cookie;
        if (method !== 'GET' && method !== 'HEAD') all['x-csrf-token'] ??= session.csrfToken;
      }
      const response = await app.request(path, {
        method,
        headers: all,
        body: body === undefined ? undefined : form || typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        /* not JSON */
      }
      return { status: response.status, body: parsed, headers: response.headers };
    },
  };
}

/** Signs in through POST /api/auth/login and returns a client holding that session. */
export async function signIn(app: App, email: string, password = TEST_PASSWORD): Promise<Client> {
  const reply = await clientOf(app).call('POST', '/api/auth/login', { email, password });
  if (reply.status !== 200) throw new Error(`sign-in of ${email} failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  const cookie = reply.headers.get('set-cookie')!.split(';')[0];
  return clientOf(app, { cookie, csrfToken: reply.body.csrfToken, identity: reply.body });
}

export interface ApiFixture extends Client {
  kind: DatabaseKind;
  database: NodeDatabase;
  app: App;
  /** Nobody signed in. */
  anonymous: Client;
  /** Creates an account (password TEST_PASSWORD) directly in the database and returns its id. */
  createUser(email: string, role: Role, memberId?: number | null): Promise<number>;
  /** Signs in as an account created with `createUser`. */
  as(email: string): Promise<Client>;
}


/**
 * Runs a suite once per database kind, each with its own fresh database and API app. `fx.call` is
 * signed in as an administrator; `prepare` runs once after migration (e.g. to insert fixtures).
 */
export function describeEachDatabase(name: string, suite: (fx: ApiFixture) => void, prepare?: (fx: ApiFixture) => Promise<void>) {
  for (const kind of databaseKinds()) {
    describe(`${name} [${kind}]`, () => {
      const fx = { kind } as ApiFixture;
      let test: TestDatabase;
      beforeAll(async () => {
        test = await createTestDatabase(kind);
        fx.database = test.database;
        fx.app = createApp(test.database, { passwords: nodePasswords });
        fx.anonymous = clientOf(fx.app);
        fx.createUser = (email, role, memberId = null) => createAccount(test.database.db, email, role, memberId);
        fx.as = (email) => signIn(fx.app, email);
        await fx.createUser(TEST_ADMIN, 'admin');
        const admin = await fx.as(TEST_ADMIN);
        Object.assign(fx, { call: admin.call, cookie: admin.cookie, csrfToken: admin.csrfToken, identity: admin.identity });
        await prepare?.(fx);
      });
      afterAll(async () => {
        await test?.dispose();
      });
      suite(fx);
    });
  }
}
