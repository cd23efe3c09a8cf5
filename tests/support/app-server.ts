import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { openInMemoryDatabase, type InMemoryOptions } from '../../mocks/database';
import { apiHandlers } from '../../mocks/handlers';
import type { Database } from '../../src/server/db/types';

export interface AppServer {
  database: Database;
  /** Calls the API as the app does (through msw and the real server app); JSON in and out. */
  api(method: string, path: string, body?: unknown): Promise<{ status: number; body: any; headers: Headers }>;
  /** The API requests the app made since the last test began (method and URL). */
  requests: { method: string; url: URL }[];
}

/**
 * For one test file: a fresh in-memory database (mocks/database.ts, not seeded unless asked), and msw's
 * node server handing every /api request to the real server app. Unhandled requests fail the test.
 */
export function useAppServer(options: InMemoryOptions & { prepare?: (server: AppServer) => Promise<void> } = {}): AppServer {
  const server = { requests: [] } as unknown as AppServer;
  let msw: ReturnType<typeof setupServer>;

  beforeAll(async () => {
    server.database = await openInMemoryDatabase({ seed: options.seed ?? false });
    msw = setupServer(...apiHandlers(server.database));
    msw.events.on('request:start', ({ request }) => server.requests.push({ method: request.method, url: new URL(request.url) }));
    msw.listen({ onUnhandledRequest: 'error' });
    server.api = async (method, path, body) => {
      const response = await fetch(path, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
    };
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
