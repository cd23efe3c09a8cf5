import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp } from '../../src/server/app';
import { nodePasswords } from '../../src/server/auth/passwords-node';
import { openDatabase, type NodeDatabase } from '../../src/server/db/open';
import type { PgliteClient } from '../../src/server/db/pglite-client';
import { candidates } from '../../src/server/db/schema';
import type { Db } from '../../src/server/db/types';
import { pgError } from '../../src/server/errors';
import { createAccount, TEST_ADMIN } from '../support/accounts';
import { signIn } from '../support/database';

/**
 * PGlite behind the server's own client (src/server/db/pglite-client.ts): in a worker thread, as
 * `npm start` runs it, and in this thread. What Drizzle gets must be what PGlite itself gives, and a
 * transaction must keep PGlite's guarantees across the thread boundary.
 */

const image = () => new Blob([readFileSync(inject('pgliteImage'))]);
const clientOf = (database: NodeDatabase) => (database.db as unknown as { $client: PgliteClient }).$client;

const candidate = (email: string) => ({
  firstName: 'Inès',
  lastName: 'Barthe',
  email,
  phone: '0561000000',
  profession: 'medecin',
  source: 'site',
  consentUntil: '2030-01-01',
});

interface Rows {
  rows: Record<string, unknown>[];
  fields: { name: string; dataTypeID: number }[];
}
const rowsOf = async (query: PromiseLike<unknown>) => (await query) as Rows;

/** Values of every kind the schema uses, through parameters and back. */
const typed = (db: Db) =>
  rowsOf(db.execute(sql`select ${41}::int + 1 as i, ${'2024-02-29'}::date as d, ${'2024-03-01T10:00:00.123Z'}::timestamptz as ts,
    ${sql.param(['a', 'b,c', 'd"e'])}::text[] as arr, ${JSON.stringify({ a: [1, 2] })}::jsonb as j, ${true}::boolean as b, null::text as z,
    12345678901234::bigint as big, 1.5::numeric as n, 'Ève'::text as accented, interval '1 day' as span`));

describe('PGlite client: the same answers as PGlite', () => {
  let raw: PGlite;
  let rawDb: Db;
  const opened: NodeDatabase[] = [];
  beforeAll(async () => {
    raw = await PGlite.create({ extensions: { pg_trgm } });
    rawDb = drizzle({ client: raw, casing: 'snake_case' }) as unknown as Db;
    opened.push(await openDatabase({ loadDataDir: image(), worker: true }), await openDatabase({ loadDataDir: image() }));
  });
  afterAll(async () => {
    await raw.close();
    for (const d of opened) await d.close();
  });

  it('types, parameters and result shapes match PGlite’s own query(), in the worker and in this thread', async () => {
    const expected = await typed(rawDb);
    expect(expected.rows[0]).toMatchObject({ i: 42, d: '2024-02-29', arr: ['a', 'b,c', 'd"e'], j: { a: [1, 2] }, b: true, z: null, accented: 'Ève' });
    for (const database of opened) {
      for (let run = 0; run < 3; run++) {
        // The third run goes through a prepared statement (prepared from the second sight on).
        const result = await typed(database.db);
        expect(result.rows).toEqual(expected.rows);
        expect(result.fields).toEqual(expected.fields);
      }
    }
    expect(clientOf(opened[0]).mode).toBe('worker');
    expect(clientOf(opened[1]).mode).toBe('in-process');
  });

  it('a prepared statement follows a schema change (PostgreSQL re-plans it; a changed row type is prepared again)', async () => {
    for (const { db } of opened) {
      await db.execute(sql`create table probe (a int)`);
      await db.execute(sql`insert into probe values (1)`);
      for (let i = 0; i < 3; i++) expect((await rowsOf(db.execute(sql`select * from probe`))).rows).toEqual([{ a: 1 }]);
      await db.execute(sql`alter table probe add column b text default 'x'`);
      expect((await rowsOf(db.execute(sql`select * from probe`))).rows).toEqual([{ a: 1, b: 'x' }]);
      await db.execute(sql`drop table probe`);
    }
  });

  it('database errors keep PostgreSQL’s fields across the thread (code, constraint, detail)', async () => {
    for (const { db } of opened) {
      await db.insert(candidates).values(candidate('double@essai.test'));
      for (let i = 0; i < 3; i++) {
        const error = await db
          .insert(candidates)
          .values(candidate('double@essai.test'))
          .then(() => undefined, (e: unknown) => e);
        expect(pgError(error)).toMatchObject({ code: '23505', constraint: expect.stringContaining('email') });
        expect(pgError(error)?.detail).toMatch(/double@essai\.test/);
      }
      // A syntax error, then the same statement text works again once fixed: nothing stays broken.
      await expect(db.execute(sql.raw('selec 1'))).rejects.toMatchObject({ cause: { code: '42601' } });
      expect((await rowsOf(db.execute(sql`select 1 as one`))).rows).toEqual([{ one: 1 }]);
    }
  });
});

describe('PGlite in a worker: transactions', () => {
  let database: NodeDatabase;
  beforeAll(async () => {
    database = await openDatabase({ loadDataDir: image(), worker: true });
  });
  afterAll(() => database?.close());

  const countByEmail = async (email: string) => (await database.db.select({ id: candidates.id }).from(candidates).where(eq(candidates.email, email))).length;

  it('others wait while a transaction is open, and see its writes once committed', async () => {
    let outside: Promise<number> | undefined;
    let settled = false;
    await database.db.transaction(async (tx) => {
      await tx.insert(candidates).values(candidate('tx-commit@essai.test'));
      // Inside, the transaction sees its own write.
      expect((await tx.select({ id: candidates.id }).from(candidates).where(eq(candidates.email, 'tx-commit@essai.test'))).length).toBe(1);
      outside = countByEmail('tx-commit@essai.test').finally(() => (settled = true));
      await new Promise((r) => setTimeout(r, 150));
      expect(settled).toBe(false);
    });
    expect(await outside).toBe(1);
  });

  it('a thrown error rolls the transaction back: nobody ever sees its writes', async () => {
    let outside: Promise<number> | undefined;
    await expect(
      database.db.transaction(async (tx) => {
        await tx.insert(candidates).values(candidate('tx-rollback@essai.test'));
        outside = countByEmail('tx-rollback@essai.test');
        throw new Error('abandon');
      }),
    ).rejects.toThrow('abandon');
    expect(await outside).toBe(0);
    expect(await countByEmail('tx-rollback@essai.test')).toBe(0);
  });

  it('a failed statement inside a transaction rolls it all back, and the next transaction starts clean', async () => {
    await database.db.insert(candidates).values(candidate('taken@essai.test'));
    await expect(
      database.db.transaction(async (tx) => {
        await tx.insert(candidates).values(candidate('tx-partial@essai.test'));
        await tx.insert(candidates).values(candidate('taken@essai.test'));
      }),
    ).rejects.toMatchObject({ cause: { code: '23505' } });
    expect(await countByEmail('tx-partial@essai.test')).toBe(0);
    await database.db.transaction(async (tx) => {
      await tx.insert(candidates).values(candidate('tx-after@essai.test'));
    });
    expect(await countByEmail('tx-after@essai.test')).toBe(1);
  });

  it('transactions started together run one after the other, none lost', async () => {
    const emails = Array.from({ length: 8 }, (_, i) => `tx-many-${i}@essai.test`);
    await Promise.all(
      emails.map((email) =>
        database.db.transaction(async (tx) => {
          await tx.insert(candidates).values(candidate(email));
          await tx.execute(sql`select pg_sleep(0.01)`);
        }),
      ),
    );
    for (const email of emails) expect(await countByEmail(email)).toBe(1);
  });

  it('concurrent PUTs of one record through the API: one 200, the others 409', async () => {
    const app = createApp(database, { passwords: nodePasswords });
    await createAccount(database.db, TEST_ADMIN, 'admin');
    const admin = await signIn(app, TEST_ADMIN);
    const created = await admin.call('POST', '/api/candidates', candidate('put-race@essai.test'));
    expect(created.status).toBe(201);
    const replies = await Promise.all(
      Array.from({ length: 8 }, (_, i) => admin.call('PUT', `/api/candidates/${created.body.id}`, { ...created.body, notes: `écrit par ${i}` })),
    );
    const statuses = replies.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(7);
    const final = (await admin.call('GET', `/api/candidates/${created.body.id}`)).body;
    expect(final.version).toBe(2);
    expect(final.notes).toBe(replies.find((r) => r.status === 200)!.body.notes);
  });
});

describe('PGlite in a worker: folder, close and crash', () => {
  const dirs: string[] = [];
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'maillage-worker-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('holds the folder lock while open, releases it on close, and keeps what was written', async () => {
    const dir = folder();
    const first = await openDatabase({ dataDir: dir, loadDataDir: image(), worker: true });
    await expect(openDatabase({ dataDir: dir, worker: true })).rejects.toThrow(/déjà ouvert/);
    await first.db.insert(candidates).values(candidate('kept@essai.test'));
    await first.close();
    const again = await openDatabase({ dataDir: dir, worker: true });
    try {
      expect((await again.db.select({ email: candidates.email }).from(candidates)).map((r) => r.email)).toContain('kept@essai.test');
    } finally {
      await again.close();
    }
    // Closed and unlocked: a query after close fails at once, and the folder opens in this thread too.
    await expect(again.db.execute(sql`select 1`)).rejects.toMatchObject({ cause: { code: '57P01' } });
    await (await openDatabase({ dataDir: dir })).close();
  });

  it('a crashed worker fails the waiting and later queries with a clear error (API: 503), not a hang; close still releases the folder', async () => {
    const dir = folder();
    const database = await openDatabase({ dataDir: dir, loadDataDir: image(), worker: true });
    const waiting = database.db.execute(sql`select pg_sleep(2)`);
    const rejected = expect(waiting).rejects.toMatchObject({ cause: { code: '57P02', message: expect.stringMatching(/s’est arrêtée/) } });
    await new Promise((r) => setTimeout(r, 100));
    await clientOf(database).worker!.terminate();
    await rejected;
    await expect(database.db.execute(sql`select 1`)).rejects.toMatchObject({ cause: { code: '57P02' } });

    const app = createApp(database, { passwords: nodePasswords });
    const health = await app.request('/api/health');
    expect(health.status).toBe(503);
    const login = await app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: TEST_ADMIN, password: 'x' }) });
    expect(login.status).toBe(503);

    await database.close();
    await (await openDatabase({ dataDir: dir })).close();
  });
});
