import { readFileSync } from 'node:fs';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { openInMemoryDatabase, type InMemoryOptions } from '../../mocks/database';
import { apiHandlers } from '../../mocks/handlers';
import type { Database } from '../../src/server/db/types';
import { createAccount, TEST_ADMIN, TEST_PASSWORD } from './accounts';

export interface AppServer {
  database: Database;
  /** Calls the API as the app does (through msw and the real server app); JSON in and out. */
  api(method: string, path: string, body?: unknown): Promise<{ status: number; body: any; headers: Headers }>;
  /** Signs in (the session the app then finds), or out; `prepare` runs signed in as an administrator. */
  signIn(email: string, password?: string): Promise<void>;
  signOut(): Promise<void>;
  /** The API requests the app made since the last test began (method and URL). */
  requests: { method: string; url: URL }[];
}

export interface AppServerOptions extends Pick<InMemoryOptions, 'seed'> {
  /** Runs once the administrator is signed in, before the file's tests. */
  prepare?: (server: AppServer) => Promise<void>;
  /**
   * Migrate from the committed SQL files as the static demo does (initdb + every migration: seconds),
   * instead of starting from the suite's prepared image (tests/support/global-setup.ts).
   */
  fromSqlFiles?: boolean;
}

/**
 * For one test file: a fresh in-memory database (mocks/database.ts, not seeded unless asked) started
 * from the migrated image the server tests use, and msw's node server handing every /api request to
 * the real server app. Unhandled requests fail the test.
 */
export function useAppServer(options: AppServerOptions = {}): AppServer {
  const server = { requests: [] } as unknown as AppServer;
  let msw: ReturnType<typeof setupServer>;

  beforeAll(async () => {
    const loadDataDir = options.fromSqlFiles ? undefined : new Blob([readFileSync(inject('pgliteImage'))]);
    server.database = await openInMemoryDatabase({ seed: options.seed ?? false, loadDataDir });
    msw = setupServer(...apiHandlers(server.database));
    msw.events.on('request:start', ({ request }) => server.requests.push({ method: request.method, url: new URL(request.url) }));
    msw.listen({ onUnhandledRequest: 'error' });
    let csrfToken = '';
    server.api = async (method, path, body) => {
      const headers: Record<string, string> = { 'x-csrf-token': csrfToken };
      if (body !== undefined) headers['content-type'] = 'application/json';
      const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
    };
    server.signIn = async (email, password = TEST_PASSWORD) => {
      const login = await server.api('POST', '/api/auth/login', { email, password });
      if (login.status !== 200) throw new Error(`sign-in failed: ${JSON.stringify(login.body)}`);
      csrfToken = login.body.csrfToken;
    };
    server.signOut = async () => {
      await server.api('POST', '/api/auth/logout');
      csrfToken = '';
    };
    // Signed in, as a browser with its session cookie would be: the app resumes this session (GET /api/auth/me).
    await createAccount(server.database.db, TEST_ADMIN, 'admin');
    await server.signIn(TEST_ADMIN);
    await options.prepare?.(server);
    server.requests.length = 0;
  });
  afterEach(() => {
    server.requests.length = 0;
  });
  afterAll(async () => {
    msw?.close();
    await server.database?.close();
  });
  return server;
}
