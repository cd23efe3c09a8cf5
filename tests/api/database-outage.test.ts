import { createServer, connect, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp } from '../../src/server/app';
import { nodePasswords } from '../../src/server/auth/passwords-node';
import { openDatabase, type NodeDatabase } from '../../src/server/db/open';
import { createAccount, TEST_ADMIN, TEST_PASSWORD } from '../support/accounts';
import { createPostgresDatabase } from '../support/postgres';

/**
 * PostgreSQL going away (issue 13, point 4). Between the API and the real server sits a TCP relay the
 * test switches: `up` relays, `refusing` closes every connection, `silent` accepts and never answers.
 * The API must answer 503 with Retry-After and a French message (not 500, not a hang), /api/health
 * within 2 s, and come back by itself when the server does.
 */
type Mode = 'up' | 'refusing' | 'silent';

function relay(target: { host: string; port: number }) {
  let mode: Mode = 'up';
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => {});
    if (mode === 'refusing') return void client.destroy();
    if (mode === 'silent') return; // accepted, never answered
    const upstream = connect(target.port, target.host);
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.pipe(upstream).pipe(client);
  });
  return {
    listen: () => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port))),
    /** Switches, and cuts the connections of the pool, as a server restart would. */
    set(next: Mode) {
      mode = next;
      for (const s of sockets) s.destroy();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe.runIf(inject('postgres'))('PostgreSQL outage [postgres]', () => {
  let drop: () => Promise<void>;
  let database: NodeDatabase;
  let proxy: ReturnType<typeof relay>;
  let app: ReturnType<typeof createApp>;
  let cookie = '';

  beforeAll(async () => {
    const created = await createPostgresDatabase();
    drop = created.drop;
    const real = new URL(created.url);
    proxy = relay({ host: real.hostname, port: Number(real.port || 5432) });
    const port = await proxy.listen();
    const viaProxy = new URL(created.url);
    viaProxy.port = String(port);
    database = await openDatabase({ databaseUrl: viaProxy.toString(), poolSize: 3, connectTimeoutMs: 500, statementTimeoutMs: 1500 });
    await database.migrate();
    await createAccount(database.db, TEST_ADMIN, 'admin');
    app = createApp(database, { passwords: nodePasswords });
    const login = await app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: TEST_ADMIN, password: TEST_PASSWORD }) });
    cookie = login.headers.get('set-cookie')!.split(';')[0];
  });
  afterAll(async () => {
    proxy?.set('up');
    await database?.close();
    await proxy?.close();
    await drop?.();
  });

  const get = (path: string) => app.request(path, { headers: { cookie } });

  async function expectUnavailable(path: string) {
    const started = Date.now();
    const reply = await get(path);
    const elapsed = Date.now() - started;
    expect(reply.status, path).toBe(503);
    expect(reply.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await reply.json()).message).toMatch(/Base de données indisponible/);
    return elapsed;
  }

  it('answers 503 with Retry-After when the database refuses connections, and recovers by itself', async () => {
    expect((await get('/api/members')).status).toBe(200);
    proxy.set('refusing');
    await expectUnavailable('/api/members');
    await expectUnavailable('/api/stats/overview');
    const health = await get('/api/health');
    expect(health.status).toBe(503);
    expect((await health.json()).database.reachable).toBe(false);
    proxy.set('up');
    expect((await get('/api/members')).status).toBe(200);
    expect((await get('/api/health')).status).toBe(200);
  });

  it('answers 503 instead of hanging when the database accepts connections and never answers; health within 2 s', async () => {
    proxy.set('silent');
    const started = Date.now();
    const health = await get('/api/health');
    expect(health.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(2000);
    await expectUnavailable('/api/members');
    proxy.set('up');
    expect((await get('/api/members')).status).toBe(200);
  });
});
