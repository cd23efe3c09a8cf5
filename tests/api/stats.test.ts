import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/server/auth/sessions';
import type { AppEnv } from '../../src/server/context';
import * as t from '../../src/server/db/schema';
import type { Db } from '../../src/server/db/types';
import { ApiError } from '../../src/server/errors';
import { statsRoutes, type StatsOptions } from '../../src/server/stats/routes';
import { describeEachDatabase } from '../support/database';

/**
 * The statistics endpoints on a small fixed dataset inserted directly into the tables. Every expected
 * figure is worked out by hand in the comments next to it (today is fixed at 2025-06-15).
 *
 * Members: M1 CC Couserans (college 3) backs C1, C2, C7; M2 Gard (college 2) backs C3, C4, C5;
 * M3 Région (college 1) backs C5, C6 (C5 is shared by M2 and M3); M4 (college 4) left on 2024-03-01;
 * M5 is still `candidat`.
 *
 * Centres: C1 Sainte-Croix-Volvestre (09) opened 2022-07-01; C2 Les Cabannes (09), antenne of C1,
 * 2023-07-10; C3 Saint-Gilles (30) 2023-04-03; C4 Lussan (30) 2023-09-01, now suspended; C5 Cugnaux (31)
 * 2025-04-01; C6 Lacaune (81) 2023-02-01, closed 2024-10-31; C7 Salviac (46) still a project.
 *
 * Hires (counted = clinician on CDI, the `countedContracts` setting being ["cdi"]):
 *   H1   medecin    C1 cdi      2022-07-01 →            rpps …01  fte 1
 *   H2   secretaire C1 cdi      2022-07-01 →                      fte 1
 *   H3   medecin    C1 cdd      2022-09-01 → 2023-02-28 rpps …03  fte 1   (same person as H3b)
 *   H3b  medecin    C2 cdi      2023-03-01 →            rpps …03  fte 1
 *   H4   infirmier  C3 cdi      2023-04-03 → 2024-06-30 rpps …04  fte 1
 *   H5   medecin    C3 cdi      2024-01-15 →                      fte 0.8
 *   H6   sage_femme C4 cdi      2024-05-02 →                      fte 1   (from application A1)
 *   H7   medecin    C4 vacation 2024-02-01 →                      fte 0.2
 *   H8   medecin    C5 cdi      2025-04-01 →            rpps …08  fte 1   (from application A2)
 *   H9   medecin    C6 cdi      2023-02-01 → 2024-10-31 rpps …09  fte 1   (moves to C3 the next day)
 *   H9b  medecin    C3 cdi      2024-11-01 →            rpps …09  fte 1
 *   H10  medecin    C5 cdi      2025-07-01 →                      fte 1   (starts after today)
 *   H11  medecin    C1 cdd      2025-01-01 → 2025-08-31           fte 0.5
 *   H12  infirmier  C2 cdi      2022-10-01 → 2025-06-30           fte 0.5
 *   H13  infirmier  C3 cdi      2023-01-10 → 2023-06-30           fte 1
 */

const TODAY = '2025-06-15';

type MemberKey = 'M1' | 'M2' | 'M3' | 'M4' | 'M5';

interface Ids {
  members: Record<MemberKey, number>;
  centres: Record<'C1' | 'C2' | 'C3' | 'C4' | 'C5' | 'C6' | 'C7', number>;
  hires: Record<string, number>;
  /** The signed-in users the tests act as (refusals are audited against them). */
  users: Principal[];
}

async function insertDataset(db: Db): Promise<Ids> {
  const member = async (name: string, college: number, kind: string, status: string, joinedOn: string, leftOn: string | null = null) =>
    (await db.insert(t.members).values({ name, college, kind, status, joinedOn, leftOn }).returning({ id: t.members.id }))[0].id;
  const members = {
    M1: await member('CC Couserans-Pyrénées', 3, 'epci', 'actif', '2022-06-17'),
    M2: await member('Département du Gard', 2, 'departement', 'actif', '2022-06-17'),
    M3: await member('Région Occitanie', 1, 'region', 'actif', '2022-06-17'),
    M4: await member('Faculté de médecine', 4, 'etablissement', 'retire', '2022-06-17', '2024-03-01'),
    M5: await member('Commune de Fourques', 3, 'commune', 'candidat', '2025-05-01'),
  };

  const centre = async (
    name: string,
    communeCode: string,
    status: string,
    openedOn: string | null,
    backers: number[],
    extra: { closedOn?: string; parentCentreId?: number } = {},
  ) => {
    const [{ id }] = await db
      .insert(t.centres)
      .values({ name, communeCode, departmentCode: communeCode.slice(0, 2), status, openedOn, ...extra })
      .returning({ id: t.centres.id });
    await db.insert(t.centreMembers).values(backers.map((memberId) => ({ centreId: id, memberId })));
    return id;
  };
  const C1 = await centre('Sainte-Croix-Volvestre', '09257', 'ouvert', '2022-07-01', [members.M1]);
  const centres = {
    C1,
    C2: await centre('Les Cabannes', '09070', 'ouvert', '2023-07-10', [members.M1], { parentCentreId: C1 }),
    C3: await centre('Saint-Gilles', '30258', 'ouvert', '2023-04-03', [members.M2]),
    C4: await centre('Lussan', '30152', 'suspendu', '2023-09-01', [members.M2]),
    C5: await centre('Cugnaux', '31149', 'ouvert', '2025-04-01', [members.M2, members.M3]),
    C6: await centre('Lacaune', '81124', 'ferme', '2023-02-01', [members.M3], { closedOn: '2024-10-31' }),
    C7: await centre('Salviac', '46297', 'projet', null, [members.M1]),
  };
  const c = centres;

  const position = async (centreId: number, profession: string, fte: number, status: string, openedOn: string) =>
    (await db.insert(t.positions).values({ centreId, profession, fte, status, openedOn }).returning({ id: t.positions.id }))[0].id;
  const P1 = await position(c.C1, 'medecin', 1, 'ouvert', '2025-06-01'); // 14 days old on 2025-06-15
  const P2 = await position(c.C3, 'infirmier', 0.5, 'ouvert', '2025-03-01'); // 106 days
  const P3 = await position(c.C5, 'medecin', 1, 'ouvert', '2024-10-01'); // 257 days
  await position(c.C3, 'medecin', 1, 'pourvu', '2023-10-01');
  await position(c.C6, 'secretaire', 1, 'gele', '2024-01-01');
  const P6 = await position(c.C4, 'sage_femme', 0.8, 'ouvert', '2025-05-01'); // 45 days

  const candidate = async (n: number, profession: string) =>
    (
      await db
        .insert(t.candidates)
        .values({ firstName: `Prénom${n}`, lastName: `Nom${n}`, email: `k${n}@example.org`, profession, source: 'site', consentUntil: '2027-01-01' })
        .returning({ id: t.candidates.id })
    )[0].id;
  const K = [0, await candidate(1, 'sage_femme'), await candidate(2, 'medecin'), await candidate(3, 'infirmier'), await candidate(4, 'infirmier'), await candidate(5, 'sage_femme'), await candidate(6, 'medecin')];

  const application = async (candidateId: number, positionId: number, history: [string, string][]) => {
    const [stage, stageOn] = history[history.length - 1];
    const [{ id }] = await db
      .insert(t.applications)
      .values({ candidateId, positionId, stage, appliedOn: history[0][1], stageOn })
      .returning({ id: t.applications.id });
    await db.insert(t.applicationStages).values(history.map(([s, reachedOn]) => ({ applicationId: id, stage: s, reachedOn })));
    return id;
  };
  // Furthest funnel stage in brackets (0 recue … 4 acceptee).
  const A1 = await application(K[1], P6, [['recue', '2024-01-10'], ['preselection', '2024-01-20'], ['entretien', '2024-02-01'], ['offre', '2024-02-20'], ['acceptee', '2024-03-10']]); // [4] 60 days to acceptance
  const A2 = await application(K[2], P3, [['recue', '2024-02-01'], ['entretien', '2024-02-10'], ['acceptee', '2024-02-21']]); // [4] 20 days, skips preselection
  await application(K[3], P2, [['recue', '2024-03-01'], ['preselection', '2024-03-05'], ['entretien', '2024-03-15'], ['refusee', '2024-03-20']]); // [2]
  await application(K[4], P2, [['recue', '2025-02-01'], ['preselection', '2025-02-10']]); // [1] in progress, 125 days in stage
  await application(K[5], P6, [['recue', '2023-05-01'], ['preselection', '2023-05-10'], ['entretien', '2023-05-20'], ['offre', '2023-06-01'], ['acceptee', '2023-06-15']]); // [4] 45 days
  await application(K[6], P1, [['recue', '2025-05-20'], ['entretien', '2025-05-28'], ['retiree', '2025-06-01']]); // [2]
  await application(K[6], P6, [['recue', '2025-06-10']]); // [0] in progress, 5 days in stage

  const hire = async (
    key: string,
    profession: string,
    centreId: number,
    contract: string,
    startOn: string,
    endOn: string | null,
    fte: number,
    rpps: string | null = null,
    applicationId: number | null = null,
  ) => {
    const [{ id }] = await db
      .insert(t.hires)
      .values({ firstName: `Prénom ${key}`, lastName: `Nom ${key}`, profession, centreId, contract, startOn, endOn, fte, rpps, applicationId })
      .returning({ id: t.hires.id });
    return [key, id] as const;
  };
  const hires = Object.fromEntries([
    await hire('H1', 'medecin', c.C1, 'cdi', '2022-07-01', null, 1, '10000000001'),
    await hire('H2', 'secretaire', c.C1, 'cdi', '2022-07-01', null, 1),
    await hire('H3', 'medecin', c.C1, 'cdd', '2022-09-01', '2023-02-28', 1, '10000000003'),
    await hire('H3b', 'medecin', c.C2, 'cdi', '2023-03-01', null, 1, '10000000003'),
    await hire('H4', 'infirmier', c.C3, 'cdi', '2023-04-03', '2024-06-30', 1, '10000000004'),
    await hire('H5', 'medecin', c.C3, 'cdi', '2024-01-15', null, 0.8),
    await hire('H6', 'sage_femme', c.C4, 'cdi', '2024-05-02', null, 1, null, A1),
    await hire('H7', 'medecin', c.C4, 'vacation', '2024-02-01', null, 0.2),
    await hire('H8', 'medecin', c.C5, 'cdi', '2025-04-01', null, 1, '10000000008', A2),
    await hire('H9', 'medecin', c.C6, 'cdi', '2023-02-01', '2024-10-31', 1, '10000000009'),
    await hire('H9b', 'medecin', c.C3, 'cdi', '2024-11-01', null, 1, '10000000009'),
    await hire('H10', 'medecin', c.C5, 'cdi', '2025-07-01', null, 1),
    await hire('H11', 'medecin', c.C1, 'cdd', '2025-01-01', '2025-08-31', 0.5),
    await hire('H12', 'infirmier', c.C2, 'cdi', '2022-10-01', '2025-06-30', 0.5),
    await hire('H13', 'infirmier', c.C3, 'cdi', '2023-01-10', '2023-06-30', 1),
  ]);

  const activity = (centreId: number, month: string, v: [number, number, number, number, number]) => ({
    centreId,
    month,
    scheduled: v[0],
    unscheduled: v[1],
    homeVisits: v[2],
    outOfHoursShifts: v[3],
    newReferringPatients: v[4],
  });
  await db.insert(t.activities).values([
    activity(c.C1, '2024-01-01', [100, 20, 5, 2, 10]),
    activity(c.C1, '2024-02-01', [110, 25, 6, 3, 12]),
    activity(c.C1, '2025-01-01', [120, 30, 7, 4, 15]),
    activity(c.C3, '2024-01-01', [200, 40, 10, 4, 20]),
    activity(c.C3, '2024-03-01', [210, 45, 11, 5, 22]),
    activity(c.C6, '2024-02-01', [50, 10, 2, 1, 5]),
    activity(c.C5, '2025-05-01', [80, 15, 3, 1, 8]),
  ]);

  // One stored target; every other year takes the default (2022: 40, 2023–2026: 27, 2027–2028: 26; 10 centres).
  await db.insert(t.targets).values({ year: 2024, professionals: 30, centres: 8 });
  await db.insert(t.settings).values({ key: 'countedContracts', value: ['cdi'] });

  const user = async (role: Principal['role'], memberId: number | null = null): Promise<Principal> => {
    const email = `${role}${memberId ?? ''}@example.org`;
    const [{ id }] = await db.insert(t.users).values({ email, name: role, role, memberId }).returning({ id: t.users.id });
    return { id, email, name: role, role, memberId };
  };
  const users = [await user('admin'), await user('region'), await user('hr')];
  for (const m of Object.values(members)) users.push(await user('member', m));
  return { members, centres, hires, users };
}

/** The stats router in a tiny app that signs the given principal in (as the session middleware would). */
function statsApp(db: Db, user: Principal | null, options: StatsOptions = {}) {
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    c.set('db', db);
    if (user) c.set('session', { tokenHash: 'x', csrfToken: 'x', user });
    c.set('actor', { userId: user?.id ?? null });
    await next();
  });
  // No cache here: these tests change rows directly between requests (tests/api/stats-cache.test.ts covers it).
  app.route('/api/stats', statsRoutes({ today: () => TODAY, cacheMs: 0, ...options }));
  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json({ message: error.message, ...(error.errors ? { errors: error.errors } : {}) }, error.status);
    if (error instanceof HTTPException) return c.json({ message: error.message }, error.status);
    throw error;
  });
  return app;
}

const departmentsRef = [
  { code: '09', name: 'Ariège', population: 155722 },
  { code: '30', name: 'Gard', population: 770940 },
  { code: '32', name: 'Gers' },
];

describeEachDatabase('GET /api/stats/…', (fx) => {
  let ids: Ids;
  let db: Db;
  beforeAll(async () => {
    db = fx.database.db;
    ids = await insertDataset(db);
  });

  const as = (user: Principal | null) => async (path: string) => {
    const res = await statsApp(db, user, { departments: departmentsRef }).request(path);
    return { status: res.status, body: (await res.json()) as any };
  };
  const principal = (role: Principal['role'], memberId: number | null = null) =>
    ids.users.find((u) => u.role === role && u.memberId === memberId)!;
  const region = (path: string) => as(principal('region'))(path);
  const member = (key: MemberKey) => as(principal('member', ids.members[key]));

  describe('overview', () => {
    it('all time, region: professionals in post, hires this year, centres, members, open positions', async () => {
      const { status, body } = await region('/api/stats/overview');
      expect(status).toBe(200);
      expect(body.period).toEqual({ year: null, from: null, to: TODAY, asOf: TODAY });
      expect(body.scope).toEqual({ kind: 'all' });
      expect(body.rule).toEqual({ professions: ['medecin', 'infirmier', 'sage_femme'], contracts: ['cdi'] });
      // In post on 2025-06-15: H1, H3b, H5, H7, H8, H9b, H11 (medecin), H12 (infirmier), H6 (sage_femme), H2 (secretaire).
      // Counted (CDI): medecin H1, H3b, H5, H8, H9b = 5; H12; H6 → 7. FTE medecin 1+1+0.8+0.2+1+1+0.5 = 5.5.
      expect(body.professionals).toEqual({
        inPost: 7,
        target: 203, // 40 + 27 + 30 (stored 2024) + 27 + 27 + 26 + 26
        targetYear: 2028,
        targetToDate: 124, // 40 + 27 + 30 + 27 by the end of 2025
        staffInPost: 10,
        byProfession: [
          { profession: 'medecin', counted: true, inPost: 7, countedInPost: 5, fte: 5.5 },
          { profession: 'infirmier', counted: true, inPost: 1, countedInPost: 1, fte: 0.5 },
          { profession: 'sage_femme', counted: true, inPost: 1, countedInPost: 1, fte: 1 },
          { profession: 'secretaire', counted: false, inPost: 1, countedInPost: 0, fte: 1 },
        ],
      });
      // First counted contracts: H1 2022-07, H12 2022-10, H13 2023-01, H9 2023-02, H3b 2023-03, H4 2023-04,
      // H5 2024-01, H6 2024-05, H8 2025-04 (H10 starts after today; H9b and H3's CDD are not new recruitments).
      expect(body.hires).toEqual({
        year: 2025,
        count: 1,
        target: 27,
        byProfession: [
          { profession: 'medecin', count: 1 },
          { profession: 'infirmier', count: 0 },
          { profession: 'sage_femme', count: 0 },
        ],
        sinceStart: 9,
      });
      // Open: C1, C2 (antenne), C3, C4 (suspended), C5; C6 closed, C7 project.
      expect(body.centres).toEqual({ open: 5, antennes: 1, suspended: 1, openedInYear: 1, targetInYear: 10, targetToDate: 38 });
      expect(body.members).toEqual({
        total: 3,
        byCollege: [
          { college: 1, count: 1 },
          { college: 2, count: 1 },
          { college: 3, count: 1 },
          { college: 4, count: 0 },
        ],
      });
      expect(body.positions).toEqual({
        open: 4,
        fte: 3.3,
        byProfession: [
          { profession: 'medecin', count: 2 },
          { profession: 'infirmier', count: 1 },
          { profession: 'sage_femme', count: 1 },
          { profession: 'secretaire', count: 0 },
        ],
      });
    });

    it('a year: measured on 31 December of that year', async () => {
      const { status, body } = await region('/api/stats/overview?year=2023');
      expect(status).toBe(200);
      expect(body.period).toEqual({ year: 2023, from: '2023-01-01', to: '2023-12-31', asOf: '2023-12-31' });
      // In post on 2023-12-31: H1, H3b, H9 (medecin), H4, H12 (infirmier), H2; H13 ended in June.
      expect(body.professionals.inPost).toBe(5);
      expect(body.professionals.staffInPost).toBe(6);
      expect(body.professionals.targetToDate).toBe(67);
      // Recruited in 2023: H13, H9, H3b (medecin), H4.
      expect(body.hires).toMatchObject({ year: 2023, count: 4, target: 27, sinceStart: 6 });
      expect(body.hires.byProfession).toEqual([
        { profession: 'medecin', count: 2 },
        { profession: 'infirmier', count: 2 },
        { profession: 'sage_femme', count: 0 },
      ]);
      // Open on 2023-12-31: C1, C2, C3, C4, C6; opened in 2023: C2, C3, C4, C6.
      expect(body.centres).toEqual({ open: 5, antennes: 1, suspended: 1, openedInYear: 4, targetInYear: 10, targetToDate: 20 });
      // M4 had not left yet.
      expect(body.members.total).toBe(4);
      expect(body.members.byCollege[3]).toEqual({ college: 4, count: 1 });
    });

    it('member: only the centres its member backs', async () => {
      const m1 = await member('M1')('/api/stats/overview');
      expect(m1.status).toBe(200);
      expect(m1.body.scope).toEqual({ kind: 'member', memberId: ids.members.M1 });
      // C1, C2: H1, H3b, H11 (medecin), H12, H2.
      expect(m1.body.professionals).toMatchObject({ inPost: 3, staffInPost: 5 });
      expect(m1.body.professionals.byProfession[0]).toEqual({ profession: 'medecin', counted: true, inPost: 3, countedInPost: 2, fte: 2.5 });
      expect(m1.body.hires).toMatchObject({ year: 2025, count: 0, sinceStart: 3 });
      expect(m1.body.centres).toMatchObject({ open: 2, antennes: 1, suspended: 0, openedInYear: 0 });
      expect(m1.body.members).toEqual({
        total: 1,
        byCollege: [
          { college: 1, count: 0 },
          { college: 2, count: 0 },
          { college: 3, count: 1 },
          { college: 4, count: 0 },
        ],
      });
      expect(m1.body.positions).toMatchObject({ open: 1, fte: 1 });

      const m2 = await member('M2')('/api/stats/overview');
      // C3, C4, C5: H5, H7, H8, H9b (medecin; H7 on vacation), H6.
      expect(m2.body.professionals).toMatchObject({ inPost: 4, staffInPost: 5 });
      expect(m2.body.professionals.byProfession[0]).toEqual({ profession: 'medecin', counted: true, inPost: 4, countedInPost: 3, fte: 3 });
      // In M2's centres H9's first counted contract is H9b (2024-11-01): H4, H5, H6, H8, H9b, H13.
      expect(m2.body.hires).toMatchObject({ count: 1, sinceStart: 6 });
      expect(m2.body.centres).toMatchObject({ open: 3, antennes: 0, suspended: 1, openedInYear: 1 });
      expect(m2.body.members.total).toBe(1);
      expect(m2.body.positions).toMatchObject({ open: 3, fte: 2.3 });
    });

    it('follows the countedContracts setting (and says so)', async () => {
      await db.update(t.settings).set({ value: ['cdi', 'cdd'] }).where(eq(t.settings.key, 'countedContracts'));
      try {
        const { body } = await region('/api/stats/overview');
        expect(body.rule.contracts).toEqual(['cdi', 'cdd']);
        // H11 (CDD, in post) now counts; H3's CDD (2022-09-01) becomes that person's first counted contract.
        expect(body.professionals.inPost).toBe(8);
        expect(body.hires).toMatchObject({ count: 2, sinceStart: 10 });
      } finally {
        await db.update(t.settings).set({ value: ['cdi'] }).where(eq(t.settings.key, 'countedContracts'));
      }
    });
  });

  describe('hires by month', () => {
    it('a year: twelve months, cumulative since January, against the year’s target path', async () => {
      const { status, body } = await region('/api/stats/hires-by-month?year=2024');
      expect(status).toBe(200);
      expect(body.months).toHaveLength(12);
      // H5 in January, H6 in May; 2024's stored target is 30, i.e. 2.5 a month.
      expect(body.months[0]).toEqual({ month: '2024-01', hires: 1, cumulative: 1, target: 2.5 });
      expect(body.months[3]).toEqual({ month: '2024-04', hires: 0, cumulative: 1, target: 10 });
      expect(body.months[4]).toEqual({ month: '2024-05', hires: 1, cumulative: 2, target: 12.5 });
      expect(body.months[11]).toEqual({ month: '2024-12', hires: 0, cumulative: 2, target: 30 });
    });

    it('all time: from January 2022 to this month, cumulative since the beginning', async () => {
      const { body } = await region('/api/stats/hires-by-month');
      expect(body.months).toHaveLength(42); // 2022-01 … 2025-06
      expect(body.months[0]).toEqual({ month: '2022-01', hires: 0, cumulative: 0, target: 3.3 });
      expect(body.months.find((m: any) => m.month === '2023-03')).toEqual({ month: '2023-03', hires: 1, cumulative: 5, target: 46.8 });
      expect(body.months.at(-1)).toEqual({ month: '2025-06', hires: 0, cumulative: 9, target: 110.5 });
    });

    it('the current year: months after today have no cumulative, and a future start is not a hire yet', async () => {
      const { body } = await region('/api/stats/hires-by-month?year=2025');
      expect(body.months.find((m: any) => m.month === '2025-04')).toEqual({ month: '2025-04', hires: 1, cumulative: 1, target: 9 });
      expect(body.months.find((m: any) => m.month === '2025-07')).toEqual({ month: '2025-07', hires: 0, cumulative: null, target: 15.8 });
    });

    it('member: only recruitments in its centres', async () => {
      const m2 = await member('M2')('/api/stats/hires-by-month?year=2024');
      // H5 (January), H6 (May), H9b (November: H9's first contract in M2's centres).
      expect(m2.body.months.map((m: any) => m.hires)).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0]);
      expect(m2.body.months[11].cumulative).toBe(3);
      const m3 = await member('M3')('/api/stats/hires-by-month?year=2024');
      expect(m3.body.months.every((m: any) => m.hires === 0)).toBe(true);
      const m1 = await member('M1')('/api/stats/hires-by-month');
      expect(m1.body.months.at(-1).cumulative).toBe(3); // H1, H12, H3b
    });
  });

  describe('centres by year', () => {
    it('all time: opened, closed and open at the year’s end, against the plan', async () => {
      const { status, body } = await region('/api/stats/centres-by-year');
      expect(status).toBe(200);
      expect(body.years).toEqual([
        { year: 2022, opened: 1, closed: 0, openAtEnd: 1, target: 10, cumulativeTarget: 10 },
        { year: 2023, opened: 4, closed: 0, openAtEnd: 5, target: 10, cumulativeTarget: 20 },
        { year: 2024, opened: 0, closed: 1, openAtEnd: 4, target: 8, cumulativeTarget: 28 },
        { year: 2025, opened: 1, closed: 0, openAtEnd: 5, target: 10, cumulativeTarget: 38 },
      ]);
    });

    it('a year, and a member’s centres only', async () => {
      const y = await region('/api/stats/centres-by-year?year=2024');
      expect(y.body.years).toEqual([{ year: 2024, opened: 0, closed: 1, openAtEnd: 4, target: 8, cumulativeTarget: 28 }]);
      const m3 = await member('M3')('/api/stats/centres-by-year');
      expect(m3.body.years.map((r: any) => [r.year, r.opened, r.closed, r.openAtEnd])).toEqual([
        [2022, 0, 0, 0],
        [2023, 1, 0, 1],
        [2024, 0, 1, 0],
        [2025, 1, 0, 1],
      ]);
      const m1 = await member('M1')('/api/stats/centres-by-year?year=2023');
      expect(m1.body.years).toEqual([{ year: 2023, opened: 1, closed: 0, openAtEnd: 2, target: 10, cumulativeTarget: 20 }]);
    });
  });

  describe('funnel', () => {
    it('all time: stages reached, conversion rates, outcomes, median time to hire; counts only', async () => {
      const { status, body } = await region('/api/stats/funnel');
      expect(status).toBe(200);
      expect(body.applications).toBe(7);
      // Furthest stages: 4, 4, 2, 1, 4, 2, 0.
      expect(body.steps).toEqual([
        { stage: 'recue', reached: 7, fromPrevious: null, fromFirst: 1 },
        { stage: 'preselection', reached: 6, fromPrevious: 0.8571, fromFirst: 0.8571 },
        { stage: 'entretien', reached: 5, fromPrevious: 0.8333, fromFirst: 0.7143 },
        { stage: 'offre', reached: 3, fromPrevious: 0.6, fromFirst: 0.4286 },
        { stage: 'acceptee', reached: 3, fromPrevious: 1, fromFirst: 0.4286 },
      ]);
      expect(body.outcomes).toEqual({ accepted: 3, refused: 1, withdrawn: 1, inProgress: 2 });
      // Days to acceptance 60, 20, 45 → 45; to start: A1 → H6 113, A2 → H8 425 → 269.
      expect(body.timeToHire).toEqual({ accepted: 3, medianDaysToAcceptance: 45, started: 2, medianDaysToStart: 269 });
      expect(JSON.stringify(body)).not.toMatch(/Prénom|Nom|example\.org/);
    });

    it('a year: applications received that year', async () => {
      const { body } = await region('/api/stats/funnel?year=2024');
      expect(body.applications).toBe(3);
      expect(body.steps.map((s: any) => s.reached)).toEqual([3, 3, 3, 2, 2]);
      expect(body.outcomes).toEqual({ accepted: 2, refused: 1, withdrawn: 0, inProgress: 0 });
      // H8 starts in 2025, after the period's end: not yet started on 2024-12-31.
      expect(body.timeToHire).toEqual({ accepted: 2, medianDaysToAcceptance: 40, started: 1, medianDaysToStart: 113 });
    });

    it('hr and admin see it too; a member gets 403, recorded in the audit trail', async () => {
      expect((await as(principal('hr'))('/api/stats/funnel')).status).toBe(200);
      expect((await as(principal('admin'))('/api/stats/funnel')).status).toBe(200);
      const refused = await member('M1')('/api/stats/funnel');
      expect(refused.status).toBe(403);
      expect(refused.body.message).toMatch(/Accès refusé/);
      expect(refused.body.message).toMatch(/« Entonnoir de recrutement »/);
      // Refused by the funnel's own policy entry (src/domain/statistics.ts), not by the applications' one.
      const audit = await db.select().from(t.auditEntries).where(eq(t.auditEntries.action, 'denied'));
      expect(audit.some((a) => a.resource === 'stats/funnel' && a.userId === principal('member', ids.members.M1).id)).toBe(true);
    });
  });

  describe('retention', () => {
    it('all time: departures that no counted contract continues, retention, twelve-month retention', async () => {
      const { status, body } = await region('/api/stats/retention');
      expect(status).toBe(200);
      // H4 and H13 left; H9 moved to C3 the next day (H9b): no departure. H12 ends after today.
      expect(body.departures).toEqual({
        total: 2,
        byProfession: [
          { profession: 'medecin', count: 0 },
          { profession: 'infirmier', count: 2 },
          { profession: 'sage_femme', count: 0 },
        ],
      });
      // Recruited by today: H1, H3b, H4, H5, H6, H8, H9, H12, H13 = 9; still in post: all but H4, H13.
      expect(body.retention).toEqual({ from: null, base: 9, retained: 7, rate: 0.7778 });
      // Recruited at least a year ago (not H8, H10): 8; in post a year after their start: all but H13.
      expect(body.twelveMonth).toEqual({ base: 8, retained: 7, rate: 0.875 });
    });

    it('a year: in post on 1 January and still on 31 December', async () => {
      const { body } = await region('/api/stats/retention?year=2024');
      expect(body.departures.total).toBe(1); // H4
      // In post on 2024-01-01: H1, H3b, H4, H9, H12; on 2024-12-31 H4 has left, H9 continues as H9b.
      expect(body.retention).toEqual({ from: '2024-01-01', base: 5, retained: 4, rate: 0.8 });
      expect(body.twelveMonth).toEqual({ base: 0, retained: 0, rate: null });
    });

    it('member: a move to another member’s centre is a departure for the member it leaves', async () => {
      const m3 = await member('M3')('/api/stats/retention');
      // M3's centres C5, C6: H8, H9 (left C6 for C3), H10 (not started).
      expect(m3.body.departures.total).toBe(1);
      expect(m3.body.departures.byProfession[0]).toEqual({ profession: 'medecin', count: 1 });
      expect(m3.body.retention).toEqual({ from: null, base: 2, retained: 1, rate: 0.5 });
      const m1 = await member('M1')('/api/stats/retention');
      expect(m1.body.departures.total).toBe(0);
      expect(m1.body.retention).toMatchObject({ base: 3, retained: 3 });
    });
  });

  describe('activity', () => {
    it('a year: twelve months summed over the centres, with totals', async () => {
      const { status, body } = await region('/api/stats/activity?year=2024');
      expect(status).toBe(200);
      expect(body.months).toHaveLength(12);
      expect(body.months[0]).toEqual({ month: '2024-01', scheduled: 300, unscheduled: 60, homeVisits: 15, outOfHoursShifts: 6, newReferringPatients: 30, centresReporting: 2 });
      expect(body.months[1]).toEqual({ month: '2024-02', scheduled: 160, unscheduled: 35, homeVisits: 8, outOfHoursShifts: 4, newReferringPatients: 17, centresReporting: 2 });
      expect(body.months[2]).toEqual({ month: '2024-03', scheduled: 210, unscheduled: 45, homeVisits: 11, outOfHoursShifts: 5, newReferringPatients: 22, centresReporting: 1 });
      expect(body.months[5]).toEqual({ month: '2024-06', scheduled: 0, unscheduled: 0, homeVisits: 0, outOfHoursShifts: 0, newReferringPatients: 0, centresReporting: 0 });
      expect(body.totals).toEqual({ scheduled: 670, unscheduled: 140, consultations: 810, homeVisits: 34, outOfHoursShifts: 15, newReferringPatients: 69 });
    });

    it('all time: from the first to the last month reported', async () => {
      const { body } = await region('/api/stats/activity');
      expect(body.months).toHaveLength(17); // 2024-01 … 2025-05
      expect(body.months[0].month).toBe('2024-01');
      expect(body.months.at(-1)).toEqual({ month: '2025-05', scheduled: 80, unscheduled: 15, homeVisits: 3, outOfHoursShifts: 1, newReferringPatients: 8, centresReporting: 1 });
      expect(body.totals).toEqual({ scheduled: 870, unscheduled: 185, consultations: 1055, homeVisits: 44, outOfHoursShifts: 20, newReferringPatients: 92 });
    });

    it('member: its centres only', async () => {
      const m1 = await member('M1')('/api/stats/activity');
      expect(m1.body.months).toHaveLength(13); // 2024-01 … 2025-01, C1 only
      expect(m1.body.totals).toEqual({ scheduled: 330, unscheduled: 75, consultations: 405, homeVisits: 18, outOfHoursShifts: 9, newReferringPatients: 37 });
      const m3 = await member('M3')('/api/stats/activity?year=2024');
      expect(m3.body.totals.scheduled).toBe(50); // C6 in February; C5 reported only in 2025
      expect(m3.body.months[1].centresReporting).toBe(1);
    });
  });

  describe('departments', () => {
    it('centres and professionals per department, per 100,000 inhabitants when the population is known', async () => {
      const { status, body } = await region('/api/stats/departments');
      expect(status).toBe(200);
      expect(body.departments).toEqual([
        // 09: C1, C2; H1, H3b, H12 → 3 × 100,000 / 155,722 = 1.93.
        { code: '09', name: 'Ariège', population: 155722, centres: 2, professionals: 3, professionalsPer100k: 1.9 },
        // 30: C3, C4; H5, H6, H9b → 300,000 / 770,940 = 0.39.
        { code: '30', name: 'Gard', population: 770940, centres: 2, professionals: 3, professionalsPer100k: 0.4 },
        { code: '32', name: 'Gers', population: null, centres: 0, professionals: 0, professionalsPer100k: null },
        // Not in the list given: after it, without name.
        { code: '31', name: null, population: null, centres: 1, professionals: 1, professionalsPer100k: null },
      ]);
    });

    it('a year, and a member’s centres only', async () => {
      const y = await region('/api/stats/departments?year=2023');
      // On 2023-12-31: 09 C1, C2 (H1, H3b, H12); 30 C3, C4 (H4); 81 C6 (H9).
      expect(y.body.departments.map((d: any) => [d.code, d.centres, d.professionals])).toEqual([
        ['09', 2, 3],
        ['30', 2, 1],
        ['32', 0, 0],
        ['81', 1, 1],
      ]);
      const m2 = await member('M2')('/api/stats/departments');
      expect(m2.body.departments.map((d: any) => [d.code, d.centres, d.professionals])).toEqual([
        ['09', 0, 0],
        ['30', 2, 3],
        ['32', 0, 0],
        ['31', 1, 1],
      ]);
    });

    it('lists the 13 departments of Occitanie with their populations by default', async () => {
      const res = await statsApp(db, principal('region')).request('/api/stats/departments');
      const body = (await res.json()) as any;
      expect(body.departments).toHaveLength(13);
      expect(body.departments[0]).toMatchObject({ code: '09', name: 'Ariège', centres: 2, professionals: 3 });
      expect(body.departments[0].population).toBeGreaterThan(100_000);
      expect(body.departments[0].professionalsPer100k).toBeGreaterThan(0);
      expect(body.departments.find((d: any) => d.code === '31')).toMatchObject({ name: 'Haute-Garonne', centres: 1 });
    });
  });

  describe('hr', () => {
    it('pipeline by stage, open positions by age, starts and contract ends in the next 90 days', async () => {
      const { status, body } = await as(principal('hr'))('/api/stats/hr?year=2023');
      expect(status).toBe(200);
      expect(body.period).toEqual({ year: null, from: null, to: TODAY, asOf: TODAY });
      expect(body.pipeline).toEqual([
        { stage: 'recue', count: 1, medianDaysInStage: 5 },
        { stage: 'preselection', count: 1, medianDaysInStage: 125 },
        { stage: 'entretien', count: 0, medianDaysInStage: null },
        { stage: 'offre', count: 0, medianDaysInStage: null },
        { stage: 'acceptee', count: 3, medianDaysInStage: null },
        { stage: 'refusee', count: 1, medianDaysInStage: null },
        { stage: 'retiree', count: 1, medianDaysInStage: null },
      ]);
      expect(body.openPositions).toEqual({
        total: 4,
        oldestDays: 257,
        byAge: [
          { bucket: 'under30', count: 1 },
          { bucket: 'from30to89', count: 1 },
          { bucket: 'from90to179', count: 1 },
          { bucket: 'over180', count: 1 },
        ],
        byProfession: [
          { profession: 'medecin', count: 2 },
          { profession: 'infirmier', count: 1 },
          { profession: 'sage_femme', count: 1 },
          { profession: 'secretaire', count: 0 },
        ],
      });
      expect(body.horizonDays).toBe(90);
      // Up to 2025-09-13: H10 starts on 2025-07-01; H12 ends on 2025-06-30, H11 on 2025-08-31.
      expect(body.starts.total).toBe(1);
      expect(body.starts.items).toEqual([
        { id: ids.hires.H10, firstName: 'Prénom H10', lastName: 'Nom H10', profession: 'medecin', contract: 'cdi', centreId: ids.centres.C5, centreName: 'Cugnaux', on: '2025-07-01' },
      ]);
      expect(body.contractEnds.total).toBe(2);
      expect(body.contractEnds.byProfession).toEqual([
        { profession: 'medecin', count: 1 },
        { profession: 'infirmier', count: 1 },
        { profession: 'sage_femme', count: 0 },
        { profession: 'secretaire', count: 0 },
      ]);
      expect(body.contractEnds.items.map((i: any) => [i.id, i.on])).toEqual([
        [ids.hires.H12, '2025-06-30'],
        [ids.hires.H11, '2025-08-31'],
      ]);
    });

    it('region, hr and admin see it; a member gets 403 from its own policy entry, recorded in the audit trail', async () => {
      expect((await region('/api/stats/hr')).status).toBe(200);
      expect((await as(principal('hr'))('/api/stats/hr')).status).toBe(200);
      expect((await as(principal('admin'))('/api/stats/hr')).status).toBe(200);
      const refused = await member('M2')('/api/stats/hr');
      expect(refused.status).toBe(403);
      expect(refused.body.message).toMatch(/« Suivi du recrutement »/);
      const audit = await db.select().from(t.auditEntries).where(eq(t.auditEntries.action, 'denied'));
      expect(audit.some((a) => a.resource === 'stats/hr' && a.userId === principal('member', ids.members.M2).id)).toBe(true);
    });
  });

  describe('department filter', () => {
    it('overview: the centres of one department only (09: C1, C2; 31: C5)', async () => {
      const a = await region('/api/stats/overview?department=09');
      expect(a.status).toBe(200);
      expect(a.body.scope).toEqual({ kind: 'all' });
      // C1, C2 on 2025-06-15: H1, H3b, H11 (medecin; H11 on CDD), H12 (infirmier), H2 (secretaire).
      expect(a.body.professionals).toMatchObject({ inPost: 3, staffInPost: 5 });
      expect(a.body.professionals.byProfession[0]).toEqual({ profession: 'medecin', counted: true, inPost: 3, countedInPost: 2, fte: 2.5 });
      // First counted contracts there: H1 2022-07, H12 2022-10, H3b 2023-03; none in 2025.
      expect(a.body.hires).toMatchObject({ count: 0, sinceStart: 3 });
      expect(a.body.centres).toMatchObject({ open: 2, antennes: 1, suspended: 0, openedInYear: 0 });
      // Backing C1 or C2: M1 (college 3).
      expect(a.body.members.total).toBe(1);
      expect(a.body.members.byCollege[2]).toEqual({ college: 3, count: 1 });
      expect(a.body.positions).toMatchObject({ open: 1, fte: 1 }); // P1

      const h = await region('/api/stats/overview?department=31&year=2025');
      // C5: H8 in post (H10 starts after today); opened 2025-04-01; backed by M2 and M3; P3 open.
      expect(h.body.professionals).toMatchObject({ inPost: 1, staffInPost: 1 });
      expect(h.body.hires).toMatchObject({ year: 2025, count: 1, sinceStart: 1 });
      expect(h.body.centres).toMatchObject({ open: 1, antennes: 0, suspended: 0, openedInYear: 1 });
      expect(h.body.members.total).toBe(2);
      expect(h.body.positions).toMatchObject({ open: 1, fte: 1 });
    });

    it('combines with the member scope (AND)', async () => {
      // M2 backs C3, C4, C5: nothing in 09; in 31, C5 only.
      const none = await member('M2')('/api/stats/overview?department=09');
      expect(none.status).toBe(200);
      expect(none.body.scope).toEqual({ kind: 'member', memberId: ids.members.M2 });
      expect(none.body.professionals).toMatchObject({ inPost: 0, staffInPost: 0 });
      expect(none.body.centres).toMatchObject({ open: 0 });
      expect(none.body.members.total).toBe(0);
      const c5 = await member('M2')('/api/stats/overview?department=31');
      expect(c5.body.professionals).toMatchObject({ inPost: 1, staffInPost: 1 }); // H8
      expect(c5.body.centres).toMatchObject({ open: 1 });
      expect(c5.body.members.total).toBe(1); // M2 itself
      // M1 in 09: exactly its own figures (C7, in 46, is a project).
      const m1 = await member('M1')('/api/stats/activity?department=09');
      expect(m1.body.totals).toEqual({ scheduled: 330, unscheduled: 75, consultations: 405, homeVisits: 18, outOfHoursShifts: 9, newReferringPatients: 37 });
    });

    it('activity, retention, funnel and hr', async () => {
      const act = await region('/api/stats/activity?department=09');
      expect(act.body.months).toHaveLength(13); // 2024-01 … 2025-01, C1 only
      expect(act.body.totals.scheduled).toBe(330);

      // 31 (C5): H8 recruited 2025-04-01, still in post; H10 not started.
      const ret = await region('/api/stats/retention?department=31');
      expect(ret.body.departures.total).toBe(0);
      expect(ret.body.retention).toEqual({ from: null, base: 1, retained: 1, rate: 1 });

      // 30 (C3, C4): applications to P2 and P6: A1 [4], K3 [2] refused, K4 [1], K5 [4], K6 on P6 [0].
      const f = await region('/api/stats/funnel?department=30');
      expect(f.status).toBe(200);
      expect(f.body.applications).toBe(5);
      expect(f.body.steps.map((s: any) => s.reached)).toEqual([5, 4, 3, 2, 2]);
      expect(f.body.outcomes).toEqual({ accepted: 2, refused: 1, withdrawn: 0, inProgress: 2 });
      // Days to acceptance 60 (A1), 45 (K5) → 52.5; only A1 started (H6, 113 days).
      expect(f.body.timeToHire).toEqual({ accepted: 2, medianDaysToAcceptance: 52.5, started: 1, medianDaysToStart: 113 });

      const hr = await as(principal('hr'))('/api/stats/hr?department=30');
      expect(hr.status).toBe(200);
      expect(hr.body.pipeline.map((p: any) => [p.stage, p.count])).toEqual([
        ['recue', 1],
        ['preselection', 1],
        ['entretien', 0],
        ['offre', 0],
        ['acceptee', 2],
        ['refusee', 1],
        ['retiree', 0],
      ]);
      // P2 (106 days), P6 (45 days); no start nor contract end in 30 within 90 days.
      expect(hr.body.openPositions).toMatchObject({ total: 2, oldestDays: 106 });
      expect(hr.body.starts.total).toBe(0);
      expect(hr.body.contractEnds.total).toBe(0);
    });

    it.each(['75', 'abc', '9'])('refuses ?department=%s with 400; the map of departments ignores it', async (code) => {
      for (const e of ['overview', 'hires-by-month', 'centres-by-year', 'funnel', 'retention', 'activity', 'hr']) {
        const res = await region(`/api/stats/${e}?department=${code}`);
        expect(res.status, e).toBe(400);
        expect(res.body.errors).toEqual({ department: expect.any(String) });
      }
      expect((await region(`/api/stats/departments?department=${code}`)).status).toBe(200);
    });
  });

  describe('access and period', () => {
    const endpoints = ['overview', 'hires-by-month', 'centres-by-year', 'funnel', 'retention', 'activity', 'departments', 'hr'];

    it.each(['abc', '20245', '1999', '2024.5', '-2024'])('refuses ?year=%s with 400 on every endpoint', async (year) => {
      for (const e of endpoints) {
        const res = await region(`/api/stats/${e}?year=${year}`);
        expect(res.status, e).toBe(400);
        expect(res.body.errors).toEqual({ year: expect.any(String) });
      }
    });

    it('accepts ?year=all as all time', async () => {
      const { status, body } = await region('/api/stats/overview?year=all');
      expect(status).toBe(200);
      expect(body.period.year).toBeNull();
    });

    it('answers 401 without a session', async () => {
      expect((await as(null)('/api/stats/overview')).status).toBe(401);
    });

    it('a member whose member backs no centre sees zeros everywhere, never another member’s figures', async () => {
      const m5 = member('M5');
      const o = await m5('/api/stats/overview');
      expect(o.status).toBe(200);
      expect(o.body.professionals).toMatchObject({ inPost: 0, staffInPost: 0 });
      expect(o.body.hires).toMatchObject({ count: 0, sinceStart: 0 });
      expect(o.body.centres).toMatchObject({ open: 0, openedInYear: 0 });
      expect(o.body.positions.open).toBe(0);
      // M5 is still `candidat`: not an active member yet.
      expect(o.body.members.total).toBe(0);
      expect((await m5('/api/stats/hires-by-month')).body.months.every((m: any) => m.hires === 0)).toBe(true);
      expect((await m5('/api/stats/centres-by-year')).body.years.every((y: any) => y.opened === 0 && y.openAtEnd === 0)).toBe(true);
      expect((await m5('/api/stats/retention')).body.retention.base).toBe(0);
      expect((await m5('/api/stats/activity')).body.months).toEqual([]);
      expect((await m5('/api/stats/departments')).body.departments.every((d: any) => d.centres === 0 && d.professionals === 0)).toBe(true);
      for (const e of ['funnel', 'hr']) expect((await m5(`/api/stats/${e}`)).status, e).toBe(403);
    });

    it('reads only: the statistics change no row', async () => {
      const counts = async () =>
        Promise.all([t.members, t.centres, t.hires, t.applications, t.activities, t.targets, t.settings].map(async (table) => (await db.select().from(table)).length));
      const before = await counts();
      for (const e of endpoints) await region(`/api/stats/${e}`);
      expect(await counts()).toEqual(before);
    });
  });
});
