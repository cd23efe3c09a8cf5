import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { createPostgresDatabase } from '../support/postgres';

/**
 * Scale-out: two API processes (`src/server/cli/start.ts`, each its own Node process) on one fresh
 * PostgreSQL database, as behind a load balancer. Both start at once (migrations under the advisory
 * lock; only the first loads the demonstration data). A session opened through one process is valid in
 * the other (sessions live in the database); writes through both at the same time with the same
 * `version` let exactly one win, and read-modify-write loops through both lose no update.
 */
const postgres = inject('postgres');

describe.skipIf(!postgres)('two API processes on one PostgreSQL database', () => {
  let drop: (() => Promise<void>) | undefined;
  let a: ServerProcess;
  let b: ServerProcess;
  let session: { cookie: string; 'x-csrf-token': string };

  beforeAll(async () => {
    const database = await createPostgresDatabase();
    drop = database.drop;
    [a, b] = await Promise.all([
      startServerProcess({ DATABASE_URL: database.url, SEED_DEMO: '1', DB_POOL_SIZE: '4' }),
      startServerProcess({ DATABASE_URL: database.url, SEED_DEMO: '0', DB_POOL_SIZE: '4' }),
    ]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await drop?.();
  });

  const call = async (server: ServerProcess, method: string, path: string, body?: unknown) => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: { ...session, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as any };
  };

  it('signs in through A and reads through B with the same cookie', async () => {
    const login = await fetch(`${a.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'region@maillage.demo', password: 'maillage-demo' }),
    });
    expect(login.status).toBe(200);
    const identity = (await login.json()) as { csrfToken: string; email: string };
    session = { cookie: login.headers.get('set-cookie')!.split(';')[0], 'x-csrf-token': identity.csrfToken };

    const me = await call(b, 'GET', '/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.email).toBe('region@maillage.demo');
    const members = await call(b, 'GET', `/api/members?range=${encodeURIComponent('[0,4]')}`);
    expect(members.status).toBe(200);
    expect(members.body.length).toBeGreaterThan(0);

    // Without the cookie, B refuses like A would.
    expect((await fetch(`${b.url}/api/members`)).status).toBe(401);
  });

  it('same version through both processes at once: exactly one write wins, the others get 409', async () => {
    const [member] = (await call(a, 'GET', `/api/members?range=${encodeURIComponent('[0,0]')}`)).body as { id: number; version: number }[];
    const writes = Array.from({ length: 10 }, (_, i) =>
      call(i % 2 ? b : a, 'PUT', `/api/members/${member.id}`, { contribution: 1000 + i, version: member.version }),
    );
    const results = await Promise.all(writes);
    const winners = results.map((r, i) => ({ ...r, i })).filter((r) => r.status === 200);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(9);
    for (const server of [a, b]) {
      const after = await call(server, 'GET', `/api/members/${member.id}`);
      expect(after.body.version).toBe(member.version + 1);
      expect(after.body.contribution).toBe(1000 + winners[0].i);
    }
  });

  it('read-modify-write loops through both processes lose no update', async () => {
    const [member] = (await call(b, 'GET', `/api/members?range=${encodeURIComponent('[1,1]')}`)).body as { id: number; contribution: number }[];
    const start = (await call(a, 'GET', `/api/members/${member.id}`)).body as { contribution: number; version: number };
    const PER_WORKER = 5;
    const puts: { version: number; status: number }[] = [];
    const worker = async (server: ServerProcess) => {
      for (let done = 0; done < PER_WORKER; ) {
        const current = (await call(server, 'GET', `/api/members/${member.id}`)).body as { contribution: number; version: number };
        const put = await call(server, 'PUT', `/api/members/${member.id}`, { contribution: current.contribution + 1, version: current.version });
        puts.push({ version: current.version, status: put.status });
        if (put.status === 200) done++;
      }
    };
    await Promise.all([worker(a), worker(b), worker(a), worker(b)]);
    const end = (await call(b, 'GET', `/api/members/${member.id}`)).body as { contribution: number; version: number };
    // Every write either won or was refused as stale; each version was won by exactly one write, in
    // sequence from the starting version; a refused write had a version somebody else had just won.
    expect(puts.filter((p) => p.status !== 200 && p.status !== 409)).toEqual([]);
    const won = puts.filter((p) => p.status === 200).map((p) => p.version);
    expect(won).toHaveLength(4 * PER_WORKER);
    expect([...won].sort((x, y) => x - y)).toEqual(Array.from({ length: 4 * PER_WORKER }, (_, i) => start.version + i));
    for (const refused of puts.filter((p) => p.status === 409)) expect(won).toContain(refused.version);
    expect(end.version).toBe(start.version + won.length);
    expect(end.contribution).toBe(start.contribution + won.length);
  }, 60_000);
});
