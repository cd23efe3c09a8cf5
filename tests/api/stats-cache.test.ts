import { Hono } from 'hono';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Principal } from '../../src/server/auth/sessions';
import type { AppEnv } from '../../src/server/context';
import * as t from '../../src/server/db/schema';
import type { Db } from '../../src/server/db/types';
import { ApiError } from '../../src/server/errors';
import { cachedStats, forgetStats } from '../../src/server/stats/cache';
import { statsRoutes } from '../../src/server/stats/routes';
import { describeEachDatabase } from '../support/database';

/**
 * The statistics' per-process cache (src/server/stats/cache.ts): figures are shared only between
 * callers of the same scope, concurrent identical requests compute once, and a write clears them.
 *
 * Dataset (today 2025-06-15, counted = clinician on CDI): member A backs centre CA in Ariège (09),
 * member B backs centre CB in the Gard (30). In post: one doctor in CA, two in CB.
 */

const TODAY = '2025-06-15';

interface Ids {
  centres: { A: number; B: number };
  admin: Principal;
  memberA: Principal;
  memberB: Principal;
}

async function insertDataset(db: Db): Promise<Ids> {
  const member = async (name: string) =>
    (await db.insert(t.members).values({ name, college: 3, kind: 'epci', status: 'actif', joinedOn: '2022-06-17' }).returning({ id: t.members.id }))[0].id;
  const mA = await member('CC Couserans-Pyrénées');
  const mB = await member('CC Beaucaire Terre d’Argence');
  const centre = async (name: string, communeCode: string, memberId: number) => {
    const [{ id }] = await db
      .insert(t.centres)
      .values({ name, communeCode, departmentCode: communeCode.slice(0, 2), status: 'ouvert', openedOn: '2023-01-02' })
      .returning({ id: t.centres.id });
    await db.insert(t.centreMembers).values({ centreId: id, memberId });
    return id;
  };
  const centres = { A: await centre('Centre de santé de Sainte-Croix-Volvestre', '09257', mA), B: await centre('Centre de santé de Beaucaire', '30032', mB) };
  await db.insert(t.settings).values({ key: 'countedContracts', value: ['cdi'] });
  await insertDoctor(db, centres.A, 'Anne');
  await insertDoctor(db, centres.B, 'Bruno');
  await insertDoctor(db, centres.B, 'Brigitte');
  const user = async (role: Principal['role'], memberId: number | null): Promise<Principal> => {
    const email = `${role}${memberId ?? ''}@cache.test`;
    const [{ id }] = await db.insert(t.users).values({ email, name: role, role, memberId }).returning({ id: t.users.id });
    return { id, email, name: role, role, memberId };
  };
  return { centres, admin: await user('admin', null), memberA: await user('member', mA), memberB: await user('member', mB) };
}

function insertDoctor(db: Db, centreId: number, firstName: string) {
  return db.insert(t.hires).values({ firstName, lastName: 'Martin', profession: 'medecin', centreId, contract: 'cdi', startOn: '2024-01-02', fte: 1 });
}

/** The stats router with its cache on, the given principal signed in (as the session middleware would). */
function statsApp(db: Db, user: Principal) {
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    c.set('db', db);
    c.set('session', { tokenHash: 'x', csrfToken: 'x', user });
    c.set('actor', { userId: user.id });
    await next();
  });
  app.route('/api/stats', statsRoutes({ today: () => TODAY, cacheMs: 60_000 }));
  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json({ message: error.message }, error.status);
    throw error;
  });
  return app;
}

describeEachDatabase('stats cache', (fx) => {
  let db: Db;
  let ids: Ids;
  beforeAll(async () => {
    db = fx.database.db;
    ids = await insertDataset(db);
  });
  afterEach(() => {
    forgetStats(db);
    vi.useRealTimers();
  });

  const get = async (user: Principal, path: string) => {
    const res = await statsApp(db, user).request(path);
    return { status: res.status, age: res.headers.get('age'), body: (await res.json()) as any };
  };
  const inPost = async (user: Principal, path = '/api/stats/overview') => {
    const { status, body } = await get(user, path);
    expect(status).toBe(200);
    return body.professionals.inPost as number;
  };

  it('never hands one scope’s figures to another: members, the region, departments', async () => {
    // Each answer is cached right after it is computed; every other caller must still get their own.
    expect(await inPost(ids.admin)).toBe(3);
    expect(await inPost(ids.memberA)).toBe(1);
    expect(await inPost(ids.memberB)).toBe(2);
    expect(await inPost(ids.admin, '/api/stats/overview?department=09')).toBe(1);
    expect(await inPost(ids.admin, '/api/stats/overview?department=30')).toBe(2);
    expect(await inPost(ids.memberB, '/api/stats/overview?department=09')).toBe(0);
    // The same again, now all from the cache, in another order.
    expect(await inPost(ids.memberB, '/api/stats/overview?department=09')).toBe(0);
    expect(await inPost(ids.memberA)).toBe(1);
    expect(await inPost(ids.admin, '/api/stats/overview?department=30')).toBe(2);
    expect(await inPost(ids.memberB)).toBe(2);
    expect(await inPost(ids.admin)).toBe(3);
    const memberA = await get(ids.memberA, '/api/stats/departments');
    expect(memberA.body.scope).toEqual({ kind: 'member', memberId: ids.memberA.memberId });
    expect(memberA.body.departments.filter((d: any) => d.professionals > 0).map((d: any) => [d.code, d.professionals])).toEqual([['09', 1]]);
    const admin = await get(ids.admin, '/api/stats/departments');
    expect(admin.body.scope).toEqual({ kind: 'all' });
    expect(admin.body.departments.filter((d: any) => d.professionals > 0).map((d: any) => [d.code, d.professionals])).toEqual([['09', 1], ['30', 2]]);
  });

  it('keeps the figures until this process writes (forgetStats), and says their age', async () => {
    expect(await inPost(ids.admin)).toBe(3);
    // A row written behind the process's back (another process, psql) is not seen yet…
    await insertDoctor(db, ids.centres.A, 'Alain');
    const cached = await get(ids.admin, '/api/stats/overview');
    expect(cached.body.professionals.inPost).toBe(3);
    expect(cached.age).toMatch(/^\d+$/);
    // …until a write through this process forgets the cached figures.
    forgetStats(db);
    expect(await inPost(ids.admin)).toBe(4);
    expect(await inPost(ids.memberA)).toBe(2);
  });

  it('computes again once the figures are older than the time they are kept', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = Math.ceil(Date.now() / 1000) * 1000;
    vi.setSystemTime(start);
    const first = await get(ids.memberB, '/api/stats/overview');
    expect(first.age).toBe('0');
    await insertDoctor(db, ids.centres.B, 'Benoît');
    vi.setSystemTime(start + 42_000);
    const kept = await get(ids.memberB, '/api/stats/overview');
    expect([kept.body.professionals.inPost, kept.age]).toEqual([first.body.professionals.inPost, '42']);
    vi.setSystemTime(start + 61_000);
    const fresh = await get(ids.memberB, '/api/stats/overview');
    expect([fresh.body.professionals.inPost, fresh.age]).toEqual([first.body.professionals.inPost + 1, '0']);
  });

  it('answers concurrent identical requests from one computation', async () => {
    let computations = 0;
    const slow = async () => {
      computations += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return { n: computations };
    };
    const answers = await Promise.all([1, 2, 3, 4, 5].map(() => cachedStats(db, 'same', 60_000, slow)));
    expect(computations).toBe(1);
    expect(answers.map((a) => a.value.n)).toEqual([1, 1, 1, 1, 1]);
    await cachedStats(db, 'other', 60_000, slow);
    expect(computations).toBe(2);
  });

  it('forgets a failed computation at once', async () => {
    await expect(cachedStats(db, 'failing', 60_000, () => Promise.reject(new Error('base indisponible')))).rejects.toThrow('base indisponible');
    expect((await cachedStats(db, 'failing', 60_000, async () => 'ok')).value).toBe('ok');
  });
});

describe('stats cache and the REST writes', () => {
  // A write through the API must clear the figures at once: the repository's `forgetCounts` forgets both.
  it('forgetCounts also forgets the cached statistics', async () => {
    const { forgetCounts } = await import('../../src/server/rest/repository');
    const db = {};
    let computations = 0;
    const compute = async () => ++computations;
    await cachedStats(db, 'k', 60_000, compute);
    forgetCounts(db);
    expect((await cachedStats(db, 'k', 60_000, compute)).value).toBe(2);
  });
});
