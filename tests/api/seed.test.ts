import { asc, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, dayOfWeek, monthOf } from '../../src/domain/calendar';
import { parisDayAndTime, parisLocalToIso, toParisIso } from '../../src/domain/datetime';
import { clinicianProfessions, refusalReasons, stages, withdrawalReasons } from '../../src/domain/enums';
import { detectFileType } from '../../src/domain/file-types';
import { isValidFiness, isValidRpps, isValidSiren } from '../../src/domain/identifiers';
import { communeByCode, communes, epciBySiren } from '../../src/domain/reference';
import { activitySchema } from '../../src/domain/resources/activities';
import { applicationSchema } from '../../src/domain/resources/applications';
import { candidateSchema } from '../../src/domain/resources/candidates';
import { centreSchema } from '../../src/domain/resources/centres';
import { documentSchema } from '../../src/domain/resources/documents';
import { hireSchema } from '../../src/domain/resources/hires';
import { interviewFeedbackSchema } from '../../src/domain/resources/interview-feedback';
import { interviewSchema } from '../../src/domain/resources/interviews';
import { collegeOfKind, memberSchema } from '../../src/domain/resources/members';
import { noteSchema } from '../../src/domain/resources/notes';
import { positionSchema } from '../../src/domain/resources/positions';
import { targetSchema } from '../../src/domain/resources/targets';
import { userSchema } from '../../src/domain/resources/users';
import * as t from '../../src/server/db/schema';
import type { Db } from '../../src/server/db/types';
import { sha256Hex } from '../../src/server/files/store';
import { upcomingInterviews } from '../../src/server/stats/interviews';
import { DEMO_TODAY, demoAccounts, demoFacts, ofPlace, planDemo, seedDemo } from '../../src/server/seed/demo';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../support/database';

/** Every table the demonstration fills, read whole and in a stable order. */
async function dump(db: Db) {
  return {
    members: await db.select().from(t.members).orderBy(asc(t.members.id)),
    centres: await db.select().from(t.centres).orderBy(asc(t.centres.id)),
    centreMembers: await db.select().from(t.centreMembers).orderBy(asc(t.centreMembers.centreId), asc(t.centreMembers.memberId)),
    positions: await db.select().from(t.positions).orderBy(asc(t.positions.id)),
    candidates: await db.select().from(t.candidates).orderBy(asc(t.candidates.id)),
    applications: await db.select().from(t.applications).orderBy(asc(t.applications.id)),
    applicationStages: await db.select().from(t.applicationStages).orderBy(asc(t.applicationStages.id)),
    hires: await db.select().from(t.hires).orderBy(asc(t.hires.id)),
    activities: await db.select().from(t.activities).orderBy(asc(t.activities.id)),
    targets: await db.select().from(t.targets).orderBy(asc(t.targets.id)),
    settings: await db.select().from(t.settings).orderBy(asc(t.settings.key)),
    users: await db.select().from(t.users).orderBy(asc(t.users.id)),
    documents: await db.select().from(t.documents).orderBy(asc(t.documents.id)),
    interviews: await db.select().from(t.interviews).orderBy(asc(t.interviews.id)),
    interviewPanel: await db.select().from(t.interviewPanel).orderBy(asc(t.interviewPanel.interviewId), asc(t.interviewPanel.userId)),
    interviewFeedback: await db.select().from(t.interviewFeedback).orderBy(asc(t.interviewFeedback.id)),
    notes: await db.select().from(t.notes).orderBy(asc(t.notes.id)),
    emails: await db.select().from(t.emails).orderBy(asc(t.emails.id)),
  };
}
type Dump = Awaited<ReturnType<typeof dump>>;
type Hire = Dump['hires'][number];
type Centre = Dump['centres'][number];

const active = (h: Hire, on: string) => h.startOn <= on && (h.endOn === null || h.endOn >= on);
const counted = (d: Dump, profession: string, on: string) =>
  d.hires.filter((h) => h.profession === profession && demoFacts.countedContracts.includes(h.contract as 'cdi') && active(h, on)).length;
const mainCentresOpen = (d: Dump, on: string) =>
  d.centres.filter((c) => c.parentCentreId === null && c.openedOn && c.openedOn <= on && (!c.closedOn || c.closedOn >= on)).length;
const consultations = (d: Dump, throughMonth: string) =>
  d.activities.filter((a) => a.month <= `${throughMonth}-01`).reduce((s, a) => s + a.scheduled + a.unscheduled + a.homeVisits, 0);

describe('demonstration plan (no database)', () => {
  it('is the same on every run', () => {
    expect(planDemo()).toEqual(planDemo());
  });

  it('refuses a « today » before the demonstration date, and still tells the record with a later one', () => {
    expect(() => planDemo('2025-01-01')).toThrow(/2026-11-24/);
    const later = planDemo('2027-03-15');
    const doctors = (on: string) => later.hires.filter((h) => h.profession === 'medecin' && h.contract === 'cdi' && active(h as never, on)).length;
    expect(doctors('2023-01-20')).toBe(27);
    expect(doctors('2025-04-30')).toBe(100);
    expect(later.activities.some((a) => a.month === '2027-02-01')).toBe(true);
  });
});

for (const kind of databaseKinds()) {
  describe(`seedDemo [${kind}]`, () => {
    let test: TestDatabase;
    let d: Dump;

    beforeAll(async () => {
      test = await createTestDatabase(kind);
      expect(await seedDemo(test.database.db)).toBe(true);
      d = await dump(test.database.db);
    });
    afterAll(async () => {
      await test?.dispose();
    });

    it('does nothing on a database that already has members', async () => {
      expect(await seedDemo(test.database.db)).toBe(false);
      expect(await dump(test.database.db)).toEqual(d);

      const other = await createTestDatabase(kind);
      try {
        await other.database.db.insert(t.members).values({ name: 'Membre existant', college: 4, kind: 'association', joinedOn: '2024-01-01', status: 'actif' });
        expect(await seedDemo(other.database.db)).toBe(false);
        const again = await dump(other.database.db);
        expect(again.members).toHaveLength(1);
        expect(again.centres).toHaveLength(0);
        expect(again.users).toHaveLength(0);
      } finally {
        await other.dispose();
      }
    });

    it('gives the same rows on every fresh database', async () => {
      const other = await createTestDatabase(kind);
      try {
        expect(await seedDemo(other.database.db)).toBe(true);
        expect(await dump(other.database.db)).toEqual(d);
      } finally {
        await other.dispose();
      }
    });

    it('has plausible volumes', () => {
      expect(d.members.length).toBeGreaterThanOrEqual(45);
      expect(d.centres.length).toBeGreaterThanOrEqual(35);
      expect(d.candidates.length).toBeGreaterThanOrEqual(300);
      expect(d.candidates.length).toBeLessThan(1000);
      expect(d.applications.length).toBeGreaterThanOrEqual(300);
      expect(d.hires.length).toBeGreaterThanOrEqual(200);
    });

    it('passes the domain’s own validation, row by row', () => {
      const backers = (id: number) => d.centreMembers.filter((cm) => cm.centreId === id).map((cm) => cm.memberId);
      const check = (schema: { safeParse(v: unknown): { success: boolean; error?: unknown } }, rows: object[], label: string) => {
        for (const row of rows) {
          const result = schema.safeParse(row);
          expect(result.success, `${label} ${JSON.stringify(row)}: ${String(result.error)}`).toBe(true);
        }
      };
      check(memberSchema, d.members, 'member');
      check(centreSchema, d.centres.map((c) => ({ ...c, memberIds: backers(c.id) })), 'centre');
      check(positionSchema, d.positions, 'position');
      check(candidateSchema, d.candidates, 'candidate');
      check(applicationSchema, d.applications, 'application');
      check(hireSchema, d.hires, 'hire');
      check(activitySchema, d.activities.map((a) => ({ ...a, month: a.month.slice(0, 7) })), 'activity');
      check(targetSchema, d.targets, 'target');
      check(userSchema, d.users, 'user');
    });

    describe('members', () => {
      it('has the 18 founders of 17 June 2022: the Région, 12 local authorities, 2 faculties, 3 associations', () => {
        const founders = d.members.filter((m) => m.joinedOn === demoFacts.foundedOn);
        expect(founders).toHaveLength(18);
        expect(d.members.every((m) => m.joinedOn >= demoFacts.foundedOn)).toBe(true);
        expect(founders.filter((m) => m.college === 1).map((m) => [m.name, m.siren])).toEqual([['Région Occitanie', '200053791']]);
        expect(founders.filter((m) => m.college === 2 || m.college === 3)).toHaveLength(12);
        expect(founders.filter((m) => m.college === 4).map((m) => m.name)).toEqual(
          expect.arrayContaining(['Faculté de médecine de Toulouse', 'Faculté de médecine Montpellier-Nîmes', "Fédération régionale des centres de santé d'Occitanie"]),
        );
        expect(founders.filter((m) => m.college === 4 && m.kind === 'association' && /internes/.test(m.name))).toHaveLength(2);
        const founderSirens = founders.map((m) => m.siren);
        expect(founderSirens).toContain('200067940'); // CC Couserans-Pyrénées
        expect(founderSirens).toContain('200066363'); // CC de la Haute Ariège
      });

      it('counts 31 members on 20 January 2023, 9 of them joining that day, and more joining up to 2026', () => {
        const on = '2023-01-20';
        const members = d.members.filter((m) => m.joinedOn <= on && m.status !== 'candidat' && (!m.leftOn || m.leftOn > on));
        expect(members).toHaveLength(31);
        const joiners = d.members.filter((m) => m.joinedOn === on);
        expect(joiners).toHaveLength(9);
        expect(joiners.map((m) => m.siren)).toEqual(
          expect.arrayContaining(['200066553', '248200107', '243000585', communeByCode('12130')!.siren, communeByCode('30259')!.siren, communeByCode('30117')!.siren, communeByCode('82190')!.siren]),
        );
        expect(joiners.map((m) => m.name)).toEqual(expect.arrayContaining(['France Assos Santé Occitanie', "Groupement régional des infirmiers en pratique avancée d'Occitanie"]));
        expect(d.members.some((m) => m.joinedOn.startsWith('2026'))).toBe(true);
        expect(new Set(d.members.map((m) => m.status))).toEqual(new Set(['actif', 'candidat', 'retire']));
      });

      it('uses real SIRENs: valid, unique, those of the reference EPCIs and communes, none invented', () => {
        const sirens = d.members.flatMap((m) => (m.siren ? [m.siren] : []));
        expect(new Set(sirens).size).toBe(sirens.length);
        for (const m of d.members) {
          if (m.siren) expect(isValidSiren(m.siren), m.name).toBe(true);
          expect(collegeOfKind[m.kind as keyof typeof collegeOfKind]).toBe(m.college);
          if (m.kind === 'epci') expect(epciBySiren(m.siren!)?.name).toBe(m.name);
          if (m.kind === 'commune') {
            const commune = communes.find((c) => c.siren === m.siren);
            expect(commune, m.name).toBeDefined();
            expect(m.name).toBe(`Commune ${ofPlace(commune!.name)}`);
            expect(m.departmentCode).toBe(commune!.departmentCode);
          }
          if (m.kind === 'departement') {
            expect(m.siren).toBeNull();
            expect(m.name).toMatch(/^Conseil départemental /);
          }
          expect(Number.isInteger(m.contribution) && m.contribution >= 0).toBe(true);
          expect(m.contactEmail ?? '').toMatch(/@example\.org$/);
        }
        expect(d.members.find((m) => m.departmentCode === '09' && m.kind === 'departement')?.name).toBe("Conseil départemental de l'Ariège");
        expect(d.members.find((m) => m.siren === communeByCode('09257')!.siren)?.name).toBe('Commune de Sainte-Croix-Volvestre');
      });
    });

    describe('centres', () => {
      const byCommune = (code: string) => d.centres.find((c) => c.communeCode === code)!;

      it('opened the first centre at Sainte-Croix-Volvestre on 1 July 2022', () => {
        const first = [...d.centres].filter((c) => c.openedOn).sort((a, b) => a.openedOn!.localeCompare(b.openedOn!))[0];
        expect(first).toMatchObject({ communeCode: '09257', openedOn: demoFacts.firstCentre.openedOn, name: demoFacts.firstCentre.name, departmentCode: '09' });
        const backerSirens = d.centreMembers.filter((cm) => cm.centreId === first.id).map((cm) => d.members.find((m) => m.id === cm.memberId)!.siren);
        expect(backerSirens).toContain('200067940');
      });

      it('counts 7, 11, 19 and 22 main centres open at the dates of the record', () => {
        for (const { on, count } of demoFacts.centresOpen) expect(mainCentresOpen(d, on), on).toBe(count);
      });

      it('opens the centres named in the press when the press said, with the antennes of Mazamet and Sainte-Croix-Volvestre', () => {
        for (const [code, month] of Object.entries(demoFacts.namedCentres)) expect(byCommune(code).openedOn?.slice(0, 7), code).toBe(month);
        for (const code of ['46297', '46066', '82033', '82096', '82171', '11124', '65287']) expect(byCommune(code)?.status, code).toBe('ouvert');
        for (const { communeCode, parentCommuneCode } of demoFacts.antennes) {
          const antenne = byCommune(communeCode);
          expect(antenne.parentCentreId).toBe(byCommune(parentCommuneCode).id);
          expect(antenne.openedOn! <= '2023-07-15').toBe(true);
        }
      });

      it('has centres in every status, with the dates their status needs', () => {
        expect(new Set(d.centres.map((c) => c.status))).toEqual(new Set(['projet', 'travaux', 'ouvert', 'suspendu', 'ferme']));
        for (const c of d.centres) {
          if (['ouvert', 'suspendu', 'ferme'].includes(c.status)) expect(c.openedOn).not.toBeNull();
          else expect(c.openedOn).toBeNull();
          expect(c.closedOn !== null).toBe(c.status === 'ferme');
          if (c.openedOn) expect(c.openedOn <= DEMO_TODAY).toBe(true);
        }
      });

      it('sits in real communes of Occitanie, with valid FINESS numbers and budgets around 100 k€', () => {
        for (const c of d.centres) {
          const commune = communeByCode(c.communeCode);
          expect(commune, c.communeCode).toBeDefined();
          expect(c.departmentCode).toBe(c.communeCode.slice(0, 2));
          expect(c.name).toMatch(new RegExp(`^(Centre de santé|Antenne) ${ofPlace(commune!.name)}$`));
          if (c.openedOn) {
            expect(isValidFiness(c.finess!), c.finess!).toBe(true);
            expect(c.finess!.slice(0, 2)).toBe(c.departmentCode);
          } else expect(c.finess).toBeNull();
        }
        const main = d.centres.filter((c) => !c.parentCentreId);
        const average = main.reduce((s, c) => s + c.openingBudget!, 0) / main.length;
        expect(average).toBeGreaterThan(90_000);
        expect(average).toBeLessThan(110_000);
      });

      it('is backed by its own intercommunality and department council, members before it opened', () => {
        for (const c of d.centres) {
          const backers = d.centreMembers.filter((cm) => cm.centreId === c.id).map((cm) => d.members.find((m) => m.id === cm.memberId)!);
          const commune = communeByCode(c.communeCode)!;
          expect(backers.map((m) => m.siren), c.name).toContain(commune.epci);
          expect(backers.some((m) => m.kind === 'departement' && m.departmentCode === c.departmentCode), c.name).toBe(true);
          if (c.openedOn) for (const m of backers) expect(m.joinedOn <= c.openedOn, `${m.name} backs ${c.name}`).toBe(true);
        }
      });
    });

    describe('hires', () => {
      it('counts 27 doctors and 13 secretaries on 20 January 2023, 44 + 21 + 1 midwife in July 2023, 80 and 100 doctors after', () => {
        for (const s of demoFacts.staff) {
          expect(counted(d, 'medecin', s.on), `doctors ${s.on}`).toBe(s.medecin);
          if ('secretaire' in s) expect(counted(d, 'secretaire', s.on), `secretaries ${s.on}`).toBe(s.secretaire);
          if ('sage_femme' in s) expect(counted(d, 'sage_femme', s.on)).toBe(s.sage_femme);
          if ('total' in s)
            expect(d.hires.filter((h) => h.contract === 'cdi' && active(h, s.on)).length, `staff ${s.on}`).toBe(s.total);
        }
      });

      it('hired about 40 people in 2022 and 3 to 5 doctors a month after April 2025', () => {
        const in2022 = d.hires.filter((h) => h.startOn < '2023-01-01').length;
        expect(Math.abs(in2022 - demoFacts.hiresIn2022)).toBeLessThanOrEqual(4);
        // A recruit's first contract (a move between centres keeps the RPPS and is not a recruitment).
        const firstStart = new Map<string, string>();
        for (const h of d.hires) if (h.rpps && (!firstStart.has(h.rpps) || h.startOn < firstStart.get(h.rpps)!)) firstStart.set(h.rpps, h.startOn);
        for (let month = '2025-05-01'; month < monthOf(DEMO_TODAY); month = addMonths(month, 1)) {
          const n = d.hires.filter(
            (h) => h.profession === 'medecin' && h.contract === 'cdi' && monthOf(h.startOn) === month && firstStart.get(h.rpps!) === h.startOn,
          ).length;
          expect(n, month).toBeGreaterThanOrEqual(demoFacts.doctorsPerMonthAfterApril2025.min);
          expect(n, month).toBeLessThanOrEqual(demoFacts.doctorsPerMonthAfterApril2025.max);
        }
      });

      it('is on a path toward 200 clinicians, mostly on CDI, with nurses, midwives, departures, CDD and vacations', () => {
        const clinicians = d.hires.filter((h) => clinicianProfessions.includes(h.profession as never) && active(h, DEMO_TODAY));
        expect(clinicians.length).toBeGreaterThan(140);
        expect(clinicians.length).toBeLessThan(200);
        const cdi = d.hires.filter((h) => h.contract === 'cdi').length;
        expect(cdi / d.hires.length).toBeGreaterThan(0.75);
        expect(new Set(d.hires.map((h) => h.contract))).toEqual(new Set(['cdi', 'cdd', 'vacation']));
        expect(new Set(d.hires.map((h) => h.profession))).toEqual(new Set(['medecin', 'secretaire', 'infirmier', 'sage_femme']));
        const departures = d.hires.filter((h) => h.contract === 'cdi' && h.endOn && h.endOn < DEMO_TODAY);
        expect(departures.length).toBeGreaterThanOrEqual(8);
        for (const h of d.hires) if (h.endOn && h.endOn < DEMO_TODAY) expect(h.endReason, `${h.firstName} ${h.lastName}`).toBeTruthy();
        expect(d.hires.some((h) => h.msu)).toBe(true);
        expect(d.hires.some((h) => h.outOfHours)).toBe(true);
      });

      it('works in a centre that had opened, from its opening, and leaves a closed centre by its closure', () => {
        const centre = (id: number) => d.centres.find((c) => c.id === id) as Centre;
        for (const h of d.hires) {
          const c = centre(h.centreId);
          expect(c.openedOn, c.name).not.toBeNull();
          expect(h.startOn >= c.openedOn!, `${h.lastName} at ${c.name}`).toBe(true);
          if (c.closedOn) expect(h.endOn !== null && h.endOn <= c.closedOn).toBe(true);
        }
      });

      it('gives valid RPPS numbers to clinicians only, MSU to doctors only, an end date to every CDD', () => {
        for (const h of d.hires) {
          if (h.profession === 'secretaire') expect(h.rpps).toBeNull();
          else expect(isValidRpps(h.rpps!), h.rpps!).toBe(true);
          if (h.msu) expect(h.profession).toBe('medecin');
          if (h.contract === 'cdd') expect(h.endOn).not.toBeNull();
        }
      });
    });

    describe('recruitment', () => {
      it('keeps candidates fictitious and unique, with valid RPPS, consents mostly running', () => {
        expect(new Set(d.candidates.map((c) => c.email)).size).toBe(d.candidates.length);
        for (const c of d.candidates) {
          expect(c.email).toMatch(/@example\.com$/);
          if (c.rpps) expect(isValidRpps(c.rpps)).toBe(true);
          if (c.profession === 'secretaire') expect(c.rpps).toBeNull();
        }
        const running = d.candidates.filter((c) => c.consentUntil >= DEMO_TODAY).length;
        expect(running / d.candidates.length).toBeGreaterThan(0.85);
        expect(running).toBeLessThan(d.candidates.length); // a few are due for deletion
        expect(new Set(d.candidates.map((c) => c.source)).size).toBeGreaterThanOrEqual(6);
      });

      it('records one stage row per stage reached, in pipeline order, with increasing dates', () => {
        const order = stages.values;
        const byApplication = new Map<number, { stage: string; reachedOn: string }[]>();
        for (const s of d.applicationStages) byApplication.set(s.applicationId, [...(byApplication.get(s.applicationId) ?? []), s]);
        for (const a of d.applications) {
          const history = byApplication.get(a.id)!;
          expect(history[0]).toMatchObject({ stage: 'recue', reachedOn: a.appliedOn });
          expect(history.at(-1)).toMatchObject({ stage: a.stage, reachedOn: a.stageOn });
          for (let i = 1; i < history.length; i++) {
            expect(history[i].reachedOn > history[i - 1].reachedOn).toBe(true);
            const previous = order.indexOf(history[i - 1].stage as never);
            const current = order.indexOf(history[i].stage as never);
            expect(previous).toBeLessThan(4); // nothing follows an outcome
            expect(current === previous + 1 || current >= 5).toBe(true); // one step on, or refused/withdrawn
          }
          expect(a.stageOn <= DEMO_TODAY).toBe(true);
        }
        expect(new Set(d.applications.map((a) => a.stage))).toEqual(new Set(order));
      });

      it('gives every refused or withdrawn application a reason of its outcome’s list, and no other application one', () => {
        const lists: Record<string, readonly string[]> = { refusee: refusalReasons.values, retiree: withdrawalReasons.values };
        for (const a of d.applications) {
          if (lists[a.stage]) expect(lists[a.stage], `application ${a.id}`).toContain(a.outcomeReason);
          else expect(a, `application ${a.id}`).toMatchObject({ outcomeReason: null, outcomeNote: null });
          if (a.outcomeNote !== null) expect(a.outcomeNote.length).toBeLessThanOrEqual(1000);
        }
        // Weighted, not all the same: most of each list is used.
        for (const stage of ['refusee', 'retiree']) {
          const used = new Set(d.applications.filter((a) => a.stage === stage).map((a) => a.outcomeReason));
          expect(used.size, stage).toBeGreaterThanOrEqual(3);
        }
      });

      it('links each accepted application to the hire it led to, in the position’s centre', () => {
        const accepted = d.applications.filter((a) => a.stage === 'acceptee');
        const linked = d.hires.filter((h) => h.applicationId !== null);
        expect(linked.length).toBe(accepted.length);
        expect(linked.length / d.hires.length).toBeGreaterThan(0.8);
        for (const h of linked) {
          const a = d.applications.find((x) => x.id === h.applicationId)!;
          const p = d.positions.find((x) => x.id === a.positionId)!;
          const c = d.candidates.find((x) => x.id === a.candidateId)!;
          expect(a.stage).toBe('acceptee');
          expect(p).toMatchObject({ centreId: h.centreId, profession: h.profession, status: 'pourvu' });
          expect(c).toMatchObject({ firstName: h.firstName, lastName: h.lastName, rpps: h.rpps });
          expect(a.stageOn < h.startOn).toBe(true);
        }
      });

      it('has open, filled and frozen positions, some published', () => {
        expect(new Set(d.positions.map((p) => p.status))).toEqual(new Set(['ouvert', 'pourvu', 'gele']));
        expect(d.positions.filter((p) => p.status === 'ouvert').length).toBeGreaterThanOrEqual(15);
        expect(d.positions.some((p) => p.published) && d.positions.some((p) => !p.published)).toBe(true);
      });
    });

    describe('documents, interviews and notes', () => {
      const hr = () => d.users.find((u) => u.role === 'hr')!;
      const panelists = () => d.users.filter((u) => u.role === 'hr' || u.role === 'admin').map((u) => u.id);
      const application = (id: number) => d.applications.find((a) => a.id === id)!;
      const historyOf = (id: number) => d.applicationStages.filter((s) => s.applicationId === id);
      /** The day in France of a timestamptz, whichever way the engine answered it. */
      const parisDay = (at: Date | string) => parisDayAndTime(toParisIso(new Date(at))).day;
      /** Minutes since midnight in France. */
      const parisMinutes = (at: Date | string) => {
        const [h, m] = parisDayAndTime(toParisIso(new Date(at))).time.split(':').map(Number);
        return h * 60 + m;
      };

      it('gives a good share of the applicants a CV, and some a letter: small real PDFs, a few hundred kB in all', async () => {
        const withApplications = new Set(d.applications.map((a) => a.candidateId));
        const cvs = d.documents.filter((x) => x.kind === 'cv');
        expect(new Set(cvs.map((x) => x.candidateId)).size).toBe(cvs.length); // one CV each
        expect(cvs.length / withApplications.size).toBeGreaterThan(0.3);
        expect(d.documents.filter((x) => x.kind === 'lettre').length).toBeGreaterThanOrEqual(20);
        const total = d.documents.reduce((sum, x) => sum + x.size, 0);
        expect(total).toBeLessThan(500_000);
        for (const x of d.documents) {
          expect(documentSchema.safeParse(x).success).toBe(true);
          const bytes = new Uint8Array(x.content);
          expect(x.size).toBe(bytes.length);
          expect(x.sha256, `document ${x.id}`).toBe(await sha256Hex(bytes));
          expect(detectFileType(bytes)?.mediaType).toBe('application/pdf');
          expect(x.mediaType).toBe('application/pdf');
          expect(x.fileName).toMatch(/\.pdf$/);
        }
      });

      it('ties each document to one of its candidate’s applications, dropped the day they applied, and writes who they are in it', () => {
        for (const x of d.documents) {
          const a = application(x.applicationId!);
          const c = d.candidates.find((y) => y.id === x.candidateId)!;
          expect(a.candidateId).toBe(x.candidateId);
          expect(parisDay(x.createdAt), `document ${x.id}`).toBe(a.appliedOn);
          expect(Date.parse(x.createdAt) >= Date.parse(c.createdAt)).toBe(true);
          // WinAnsi is Latin-1 for the letters of the names and numbers.
          const text = new TextDecoder('latin1').decode(new Uint8Array(x.content));
          expect(text).toContain(`${c.firstName} ${x.kind === 'cv' ? c.lastName.toUpperCase() : c.lastName}`);
          if (x.kind === 'cv') {
            expect(text).toContain(c.email);
            if (c.rpps) expect(text).toContain(`RPPS : ${c.rpps}`);
            else expect(text).not.toContain('RPPS');
          }
        }
      });

      it('holds an interview for every application that reached « entretien », between that stage and the next', () => {
        const reached = d.applications.filter((a) => historyOf(a.id).some((s) => s.stage === 'entretien'));
        const held = new Set(d.interviews.map((i) => i.applicationId));
        expect(reached.every((a) => held.has(a.id))).toBe(true);
        for (const i of d.interviews) {
          const history = historyOf(i.applicationId);
          const k = history.findIndex((s) => s.stage === 'entretien');
          expect(k, `interview ${i.id}`).toBeGreaterThanOrEqual(0);
          const day = parisDay(i.startsAt);
          expect(day >= history[k].reachedOn, `interview ${i.id}`).toBe(true);
          const next = history[k + 1];
          if (next) expect(day < next.reachedOn, `interview ${i.id} before ${next.stage}`).toBe(true);
          if (i.status === 'prevu') {
            expect(application(i.applicationId).stage).toBe('entretien');
            expect(d.positions.find((p) => p.id === application(i.applicationId).positionId)!.status).toBe('ouvert');
            expect(day > DEMO_TODAY && day < addDays(DEMO_TODAY, 14), day).toBe(true);
          } else expect(day < DEMO_TODAY).toBe(true);
          if (i.status === 'fait') expect(next, `interview ${i.id} held, then a stage`).toBeDefined();
        }
        // Every application at « entretien » today has its next date planned; the others one held or cancelled.
        for (const a of reached) {
          const own = d.interviews.filter((i) => i.applicationId === a.id);
          const open = d.positions.find((p) => p.id === a.positionId)!.status === 'ouvert';
          if (a.stage === 'entretien') expect(own.filter((i) => i.status === 'prevu')).toHaveLength(open ? 1 : 0);
          else expect(own).toHaveLength(1);
        }
        const byStatus = (status: string) => d.interviews.filter((i) => i.status === status).length;
        expect(byStatus('fait')).toBeGreaterThan(200);
        expect(byStatus('prevu')).toBeGreaterThanOrEqual(5);
        expect(byStatus('annule')).toBeGreaterThanOrEqual(3);
      });

      it('plans interviews on weekdays in working hours, at a centre, the Région or by video, panels never double-booked', () => {
        const centres = new Set(d.centres.map((c) => `${c.name}, ${c.address}`));
        for (const i of d.interviews) {
          const panel = d.interviewPanel.filter((p) => p.interviewId === i.id).map((p) => p.userId);
          expect(interviewSchema.safeParse({ ...i, startsAt: toParisIso(new Date(i.startsAt)), panelUserIds: panel }).success, `interview ${i.id}`).toBe(true);
          // Weekdays; a Saturday morning only when the stages left no weekday between them.
          const start = parisMinutes(i.startsAt);
          const weekday = dayOfWeek(parisDay(i.startsAt));
          expect([1, 2, 3, 4, 5, 6]).toContain(weekday);
          if (weekday === 6) {
            expect(start).toBeLessThan(12 * 60);
            const history = historyOf(i.applicationId);
            const k = history.findIndex((h) => h.stage === 'entretien');
            for (let day = history[k].reachedOn; day < history[k + 1].reachedOn; day = addDays(day, 1)) expect([0, 6]).toContain(dayOfWeek(day));
          }
          expect(start >= 9 * 60 && start + i.durationMinutes <= 18 * 60 + 30, `interview ${i.id}`).toBe(true);
          expect(centres.has(i.location) || /^Hôtel de Région, /.test(i.location) || /^Visioconférence : https:\/\/visio\.example\.org\//.test(i.location), i.location).toBe(true);
          expect(panel.length).toBeGreaterThan(0);
          for (const u of panel) expect(panelists()).toContain(u);
        }
        for (const u of panelists()) {
          const own = d.interviews
            .filter((i) => i.status !== 'annule' && d.interviewPanel.some((p) => p.interviewId === i.id && p.userId === u))
            .map((i) => [new Date(i.startsAt).getTime(), i.durationMinutes] as const)
            .sort((a, b) => a[0] - b[0]);
          for (let k = 1; k < own.length; k++) expect(own[k][0] >= own[k - 1][0] + own[k - 1][1] * 60_000).toBe(true);
        }
      });

      it('has each panel member rate a held interview, after it and the same day, and nobody else', () => {
        for (const i of d.interviews) {
          const panel = d.interviewPanel.filter((p) => p.interviewId === i.id).map((p) => p.userId);
          const feedback = d.interviewFeedback.filter((f) => f.interviewId === i.id);
          if (i.status !== 'fait') {
            expect(feedback).toHaveLength(0);
            continue;
          }
          expect(feedback.map((f) => f.userId).sort()).toEqual([...panel].sort());
          for (const f of feedback) {
            expect(interviewFeedbackSchema.safeParse(f).success).toBe(true);
            expect(f.comment).toBeTruthy();
            expect(Date.parse(f.createdAt) >= new Date(i.startsAt).getTime() + i.durationMinutes * 60_000).toBe(true);
            expect(parisDay(f.createdAt)).toBe(parisDay(i.startsAt));
          }
          // The ratings follow the outcome: an offer came after a good interview.
          const next = historyOf(i.applicationId).find((s) => ['offre', 'refusee', 'retiree'].includes(s.stage) && s.reachedOn > parisDay(i.startsAt));
          if (next?.stage === 'offre') for (const f of feedback) expect(f.rating).toBeGreaterThanOrEqual(4);
        }
        expect(new Set(d.interviewFeedback.map((f) => f.rating)).size).toBe(5);
      });

      it('has HR’s dated notes on recent applications, written while they stood at a stage, never before they applied', () => {
        expect(d.notes.length).toBeGreaterThanOrEqual(20);
        expect(d.notes.length).toBeLessThan(200);
        expect(d.notes.some((n) => n.applicationId === null)).toBe(true);
        for (const n of d.notes) {
          expect(noteSchema.safeParse(n).success).toBe(true);
          expect(n.authorId).toBe(hr().id);
          const day = parisDay(n.createdAt);
          expect(day < DEMO_TODAY).toBe(true);
          const first = d.applications.filter((a) => a.candidateId === n.candidateId).map((a) => a.appliedOn).sort()[0];
          expect(day >= first, `note ${n.id}`).toBe(true);
          if (n.applicationId !== null) {
            expect(application(n.applicationId).candidateId).toBe(n.candidateId);
            expect(day >= application(n.applicationId).appliedOn).toBe(true);
          }
        }
      });

      it('has the outbox of the last year: an acknowledgement per application, an invitation with its .ics per interview, an answer per refusal, sent', () => {
        const since = addDays(DEMO_TODAY, -365);
        const recent = d.applications.filter((a) => a.appliedOn >= since);
        const acks = d.emails.filter((e) => e.event === 'candidature_recue');
        expect(acks.map((e) => e.applicationId).sort()).toEqual(recent.map((a) => a.id).sort());
        for (const e of d.emails) {
          const a = application(e.applicationId!);
          const c = d.candidates.find((x) => x.id === a.candidateId)!;
          expect(e).toMatchObject({ status: 'envoye', attempts: 1, candidateId: c.id, to: c.email });
          expect(e.body.startsWith(`Bonjour ${c.firstName} ${c.lastName},`), `email ${e.id}`).toBe(true);
          expect(e.subject + e.body).not.toMatch(/\{\{/);
          expect(Date.parse(e.sentAt!)).toBeGreaterThan(Date.parse(e.createdAt));
          expect(parisDay(e.createdAt) >= a.appliedOn && parisDay(e.createdAt) <= DEMO_TODAY).toBe(true);
        }
        const invitations = d.emails.filter((e) => e.event === 'invitation_entretien');
        const held = d.interviews.filter((i) => i.status !== 'annule' && application(i.applicationId).appliedOn >= since);
        expect(invitations).toHaveLength(held.length);
        for (const e of invitations) {
          const [ics] = e.attachments as { fileName: string; content: string }[];
          expect(ics.fileName).toBe('entretien.ics');
          expect(ics.content).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*UID:interview-\d+@maillage[\s\S]*END:VCALENDAR\r\n$/);
        }
        expect(d.emails.filter((e) => e.event === 'refus').length).toBe(recent.filter((a) => a.stage === 'refusee').length);
      });

      it('shows the planned interviews on HR’s « next 14 days » on the demonstration’s today', async () => {
        const planned = d.interviews.filter((i) => i.status === 'prevu');
        // All of them, from any time of that day (the card looks 14 × 24 hours ahead).
        for (const time of ['00:00', '08:30', '23:59']) {
          const upcoming = await upcomingInterviews(test.database.db, undefined, new Date(parisLocalToIso(DEMO_TODAY, time)), 14);
          expect(upcoming.total, time).toBe(planned.length);
          expect(upcoming.items.map((i) => i.id).sort()).toEqual(planned.map((i) => i.id).sort());
          expect(upcoming.items.every((i) => i.positionLabel && i.candidateName)).toBe(true);
        }
      });
    });

    describe('activity', () => {
      it('has one row per month for every centre that opened, from its opening to last month (or its closure)', () => {
        const last = addMonths(DEMO_TODAY, -1);
        for (const c of d.centres.filter((x) => x.openedOn)) {
          const months = d.activities.filter((a) => a.centreId === c.id).map((a) => a.month);
          expect(months[0], c.name).toBe(monthOf(c.openedOn!));
          const end = c.closedOn ? monthOf(c.closedOn) : c.status === 'suspendu' ? months.at(-1)! : last;
          if (c.status === 'ouvert') expect(months.at(-1), c.name).toBe(last);
          const expected: string[] = [];
          for (let m = monthOf(c.openedOn!); m <= end; m = addMonths(m, 1)) expected.push(m);
          expect(months, c.name).toEqual(expected);
        }
        expect(d.activities.every((a) => a.month.endsWith('-01'))).toBe(true);
      });

      it('adds up to the record: ~50,000 consultations by June 2023, ~300,000 and ~31,000 new referring patients by spring 2025', () => {
        const [early, record] = demoFacts.activity;
        expect(Math.abs(consultations(d, early.throughMonth) - early.consultations) / early.consultations).toBeLessThan(0.03);
        expect(Math.abs(consultations(d, record.throughMonth) - record.consultations) / record.consultations).toBeLessThan(0.03);
        const patients = d.activities.filter((a) => a.month <= `${record.throughMonth}-01`).reduce((s, a) => s + a.newReferringPatients, 0);
        expect(Math.abs(patients - record.newReferringPatients) / record.newReferringPatients).toBeLessThan(0.03);
        expect(d.activities.some((a) => a.outOfHoursShifts > 0)).toBe(true);
      });
    });

    it('sets yearly targets adding up to 200 professionals by 2028, 10 centres a year, and the counting rule', () => {
      expect(d.targets.map((x) => [x.year, x.professionals, x.centres])).toEqual([
        [2022, 40, 10],
        [2023, 27, 10],
        [2024, 27, 10],
        [2025, 27, 10],
        [2026, 27, 10],
        [2027, 26, 10],
        [2028, 26, 10],
      ]);
      // Targets are hires per year: they add up to the 200 of the plan.
      expect(d.targets.reduce((sum, x) => sum + x.professionals, 0)).toBe(200);
      expect(d.settings).toEqual([{ key: 'countedContracts', version: 1, value: ['cdi'] }]);
    });

    it('creates the five demonstration accounts, the member ones attached to their intercommunality', () => {
      expect(d.users.map((u) => [u.email, u.role])).toEqual(demoAccounts.map((a) => [a.email, a.role]));
      for (const a of demoAccounts) {
        const user = d.users.find((u) => u.email === a.email)!;
        expect(user.name).toBe(a.name);
        expect(user.passwordHash).toBeNull();
        if (a.memberName) expect(d.members.find((m) => m.id === user.memberId)?.name).toBe(a.memberName);
        else expect(user.memberId).toBeNull();
      }
      const hauteAriege = d.users.find((u) => u.email === 'haute-ariege@maillage.demo')!;
      expect(d.members.find((m) => m.id === hauteAriege.memberId)?.siren).toBe('200066363');
      // The member accounts have centres to look at.
      for (const email of ['haute-ariege@maillage.demo', 'couserans@maillage.demo']) {
        const memberId = d.users.find((u) => u.email === email)!.memberId;
        expect(d.centreMembers.some((cm) => cm.memberId === memberId), email).toBe(true);
      }
    });

    it('can be counted in SQL the way the dashboards will', async () => {
      const result = await test.database.db.execute(sql`
        select count(*)::int as n from hires
        where profession = 'medecin' and contract = 'cdi' and start_on <= '2025-04-30' and (end_on is null or end_on >= '2025-04-30')`);
      const rows = (result as unknown as { rows: { n: number }[] }).rows;
      expect(Number(rows[0].n)).toBe(100);
    });
  });
}

