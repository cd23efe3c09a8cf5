import { gt, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, monthOf } from '../../src/domain/calendar';
import { stages } from '../../src/domain/enums';
import { isValidFiness, isValidRpps, isValidSiren } from '../../src/domain/identifiers';
import { communeByCode, departments } from '../../src/domain/reference';
import { candidateSchema } from '../../src/domain/resources/candidates';
import { hireSchema } from '../../src/domain/resources/hires';
import * as t from '../../src/server/db/schema';
import type { Db } from '../../src/server/db/types';
import { DEMO_TODAY, seedDemo } from '../../src/server/seed/demo';
import { scalePerUnit, seedScale } from '../../src/server/seed/scale';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../support/database';

const tables = {
  members: t.members,
  centres: t.centres,
  positions: t.positions,
  candidates: t.candidates,
  applications: t.applications,
  hires: t.hires,
} as const;

async function counts(db: Db) {
  const out: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables)) out[name] = (await db.select({ n: sql<number>`count(*)::int` }).from(table))[0].n;
  out.activities = (await db.select({ n: sql<number>`count(*)::int` }).from(t.activities))[0].n;
  out.applicationStages = (await db.select({ n: sql<number>`count(*)::int` }).from(t.applicationStages))[0].n;
  return out;
}

for (const kind of databaseKinds()) {
  describe(`seedScale(db, 1) [${kind}]`, () => {
    let test: TestDatabase;
    let db: Db;
    let before: Record<string, number>;
    let after: Record<string, number>;
    const messages: string[] = [];

    beforeAll(async () => {
      test = await createTestDatabase(kind);
      db = test.database.db;
      await seedDemo(db);
      before = await counts(db);
      await seedScale(db, 1, (m) => messages.push(m));
      after = await counts(db);
    });
    afterAll(async () => {
      await test?.dispose();
    });

    const added = () => Object.fromEntries(Object.keys(after).map((k) => [k, after[k] - before[k]]));
    // The demonstration's rows have the first ids of a fresh database: the scale rows come after.
    const newCentres = () => db.select().from(t.centres).where(gt(t.centres.id, before.centres));

    it('adds the rows of one unit of scale, in the expected proportions', () => {
      const a = added();
      for (const name of Object.keys(tables)) expect(a[name], name).toBe(scalePerUnit[name as keyof typeof scalePerUnit]);
      // ~55 months of activity per centre on average: ≥ 1,000,000 rows at scale 100.
      expect(a.activities).toBeGreaterThanOrEqual(10_000);
      expect(a.applicationStages).toBeGreaterThanOrEqual(2 * scalePerUnit.applications);
      expect(messages.some((m) => /centres/.test(m))).toBe(true);
    });

    it('puts the centres in real communes of every department, with valid FINESS numbers', async () => {
      const centres = await newCentres();
      expect(centres).toHaveLength(scalePerUnit.centres);
      expect(new Set(centres.map((c) => c.departmentCode))).toEqual(new Set(departments.map((d) => d.code)));
      const finess = new Set<string>();
      for (const c of centres) {
        expect(communeByCode(c.communeCode), c.communeCode).toBeDefined();
        expect(c.departmentCode).toBe(c.communeCode.slice(0, 2));
        if (c.openedOn) {
          expect(isValidFiness(c.finess!), c.finess!).toBe(true);
          finess.add(c.finess!);
        }
        if (c.status === 'ferme') expect(c.closedOn! >= c.openedOn! && c.closedOn! < DEMO_TODAY).toBe(true);
      }
      expect(finess.size).toBe(centres.filter((c) => c.openedOn).length);
      expect(new Set(centres.map((c) => c.status))).toEqual(new Set(['ouvert', 'suspendu', 'ferme', 'travaux', 'projet']));
    });

    it('gives one activity row per month from each opening to last month or the closure', async () => {
      const centres = (await newCentres()).filter((c) => c.openedOn);
      const months = (c: (typeof centres)[number]) => {
        const end = c.closedOn ? monthOf(c.closedOn) : addMonths(DEMO_TODAY, -1);
        let n = 0;
        for (let m = monthOf(c.openedOn!); m <= end; m = addMonths(m, 1)) n++;
        return n;
      };
      expect(added().activities).toBe(centres.reduce((s, c) => s + months(c), 0));
    });

    it('adds valid members, candidates and hires: real SIRENs, valid RPPS, hires after their centre opened', async () => {
      const members = await db.select().from(t.members).where(gt(t.members.id, before.members));
      // Each check below runs on rows that exist: none of the loops may pass by being empty.
      expect(members.filter((m) => m.siren).length).toBeGreaterThan(0);
      for (const m of members) if (m.siren) expect(isValidSiren(m.siren)).toBe(true);
      const candidates = await db.select().from(t.candidates).where(gt(t.candidates.id, before.candidates));
      expect(candidates.filter((c) => c.rpps).length).toBeGreaterThan(0);
      for (const c of candidates) {
        expect(candidateSchema.safeParse(c).success, JSON.stringify(c)).toBe(true);
        if (c.rpps) expect(isValidRpps(c.rpps)).toBe(true);
      }
      const hires = await db.select().from(t.hires).where(gt(t.hires.id, before.hires));
      const centres = new Map((await db.select().from(t.centres)).map((c) => [c.id, c]));
      expect(hires.length).toBeGreaterThan(0);
      for (const h of hires) {
        expect(hireSchema.safeParse(h).success, JSON.stringify(h)).toBe(true);
        if (h.rpps) expect(isValidRpps(h.rpps)).toBe(true);
        const c = centres.get(h.centreId)!;
        expect(c.openedOn).not.toBeNull();
        expect(h.startOn >= c.openedOn! && h.startOn <= DEMO_TODAY).toBe(true);
        if (c.closedOn) expect(h.endOn !== null && h.endOn <= c.closedOn).toBe(true);
      }
    });

    it('gives each application a stage history that starts with « reçue » and ends on its stage', async () => {
      const rows = (await db.execute(sql`
        select a.stage, a.applied_on::text as applied, a.stage_on::text as stage_on,
               array_agg(s.stage order by s.reached_on, s.id) as path,
               min(s.reached_on)::text as first, max(s.reached_on)::text as last
        from applications a join application_stages s on s.application_id = a.id
        where a.id > ${before.applications}
        group by a.id`)) as unknown as { rows: { stage: string; applied: string; stage_on: string; path: string[] | string; first: string; last: string }[] };
      expect(rows.rows).toHaveLength(scalePerUnit.applications);
      const order = stages.values as readonly string[];
      for (const r of rows.rows) {
        const path = Array.isArray(r.path) ? r.path : r.path.replace(/[{}]/g, '').split(',');
        expect(path[0]).toBe('recue');
        expect(path.at(-1)).toBe(r.stage);
        expect([r.first, r.last]).toEqual([r.applied, r.stage_on]);
        for (let i = 1; i < path.length; i++) expect(order.indexOf(path[i]) === order.indexOf(path[i - 1]) + 1 || order.indexOf(path[i]) >= 5).toBe(true);
        expect(r.stage_on <= DEMO_TODAY).toBe(true);
      }
    });

    it('can run again on top of itself (unique e-mails, SIRENs, FINESS numbers and activity months)', async () => {
      await seedScale(db, 1);
      const again = await counts(db);
      for (const name of Object.keys(tables)) expect(again[name] - after[name], name).toBe(scalePerUnit[name as keyof typeof scalePerUnit]);
    });

    it('refuses a scale that is not a positive integer', async () => {
      await expect(seedScale(db, 0)).rejects.toThrow(/entier positif/);
      await expect(seedScale(db, 1.5)).rejects.toThrow(/entier positif/);
    });
  });
}

