/**
 * Writing the plan to the database: one transaction, local keys turned into the ids the inserts
 * return, large tables in chunks.
 */
import { sql } from 'drizzle-orm';
import type { AnyPgColumn, PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import { demoAccounts } from '../../../domain/demo';
import * as t from '../../db/schema';
import type { Db, Tx } from '../../db/types';
import { documentRow } from '../../files/store';
import type { CentrePlan } from './centres';
import { DEMO_TODAY, demoFacts } from './facts';
import { planDemo, type DemoPlan } from './plan';
import { insertEmails, planEmails } from './emails';

/** Serialises concurrent seeds on one PostgreSQL server (two API processes starting together). */
const SEED_LOCK = 727_012;

async function inChunks<R>(rows: R[], size: number, insert: (chunk: R[]) => Promise<void>) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/** Inserts the rows 1,000 at a time; their ids, in the order of `rows` (the plan's indexes). */
async function insertIds<T extends PgTable & { id: AnyPgColumn }, R>(tx: Tx, table: T, rows: R[], toRow: (row: R) => PgInsertValue<T>): Promise<number[]> {
  const ids: number[] = [];
  await inChunks(rows, 1000, async (chunk) => {
    const inserted = await tx.insert(table).values(chunk.map(toRow)).returning({ id: table.id });
    ids.push(...inserted.map((r) => r.id as number));
  });
  return ids;
}

/**
 * Inserts the demonstration data into an empty database, in one transaction. Returns false, and does
 * nothing, when the members table already has rows.
 */
export async function seedDemo(db: Db, options: { today?: string } = {}): Promise<boolean> {
  const today = options.today ?? DEMO_TODAY;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    const [{ n }] = await tx.select({ n: sql<number>`count(*)::int` }).from(t.members);
    if (Number(n) > 0) return false;
    await insertPlan(tx, planDemo(today), today);
    return true;
  });
}

async function insertPlan(tx: Tx, plan: DemoPlan, today: string) {
  // Members
  const memberIds = new Map<string, number>();
  const memberRows = await tx
    .insert(t.members)
    .values(plan.members.map(({ key: _key, ...m }) => m))
    .returning({ id: t.members.id });
  plan.members.forEach((m, i) => memberIds.set(m.key, memberRows[i].id));

  // Centres: main centres first, then antennes that point at them.
  const centreIds = new Map<string, number>();
  const centreRow = (c: CentrePlan) => ({
    name: c.name,
    communeCode: c.commune,
    departmentCode: c.departmentCode,
    address: c.address,
    status: c.status,
    plannedOpeningOn: c.plannedOpeningOn,
    openedOn: c.openedOn ?? null,
    closedOn: c.closedOn ?? null,
    finess: c.finess,
    services: c.services,
    priorityZone: c.priorityZone,
    parentCentreId: c.parent ? centreIds.get(c.parent)! : null,
    openingBudget: c.openingBudget,
  });
  for (const group of [plan.centres.filter((c) => !c.parent), plan.centres.filter((c) => c.parent)]) {
    const rows = await tx.insert(t.centres).values(group.map(centreRow)).returning({ id: t.centres.id });
    group.forEach((c, i) => centreIds.set(c.key, rows[i].id));
  }
  await tx
    .insert(t.centreMembers)
    .values(plan.centres.flatMap((c) => c.backers.map((b) => ({ centreId: centreIds.get(c.key)!, memberId: memberIds.get(b)! }))));

  // Positions, candidates, applications and their stage history
  const positionIds = await insertIds(tx, t.positions, plan.positions, (p) => ({
    centreId: centreIds.get(p.centre)!,
    profession: p.profession,
    title: p.title,
    fte: p.fte,
    status: p.status,
    published: p.published,
    openedOn: p.openedOn,
    description: p.description ?? null,
    requirements: p.requirements ?? null,
    contract: p.contract ?? null,
    salaryMin: p.salaryMin ?? null,
    salaryMax: p.salaryMax ?? null,
    plannedStartOn: p.plannedStartOn ?? null,
    publishedOn: p.publishedOn ?? null,
    closesOn: p.closesOn ?? null,
  }));
  const candidateIds = await insertIds(tx, t.candidates, plan.candidates, (c) => ({
    firstName: c.person.firstName,
    lastName: c.person.lastName,
    email: c.email,
    phone: c.phone,
    profession: c.profession,
    rpps: c.rpps,
    source: c.source,
    consentUntil: c.consentUntil,
    notes: c.notes,
    createdAt: `${c.createdAt}T09:00:00Z`,
  }));
  const applicationIds = await insertIds(tx, t.applications, plan.applications, (a) => ({
    candidateId: candidateIds[a.candidate],
    positionId: positionIds[a.position],
    stage: a.history[a.history.length - 1].stage,
    appliedOn: a.history[0].on,
    stageOn: a.history[a.history.length - 1].on,
    outcomeReason: a.outcomeReason ?? null,
    outcomeNote: a.outcomeNote ?? null,
  }));
  const stageRows = plan.applications.flatMap((a, i) => a.history.map((e) => ({ applicationId: applicationIds[i], stage: e.stage, reachedOn: e.on })));
  await inChunks(stageRows, 2000, async (chunk) => {
    await tx.insert(t.applicationStages).values(chunk);
  });

  // Hires
  await inChunks(plan.hires, 1000, async (chunk) => {
    await tx.insert(t.hires).values(
      chunk.map((h) => ({
        firstName: h.person.firstName,
        lastName: h.person.lastName,
        profession: h.profession,
        rpps: h.rpps,
        centreId: centreIds.get(h.centre)!,
        contract: h.contract,
        fte: h.fte,
        startOn: h.startOn,
        endOn: h.endOn,
        endReason: h.endReason,
        msu: h.msu,
        outOfHours: h.outOfHours,
        applicationId: h.application === null ? null : applicationIds[h.application],
      })),
    );
  });

  // Activity
  await inChunks(plan.activities, 1000, async (chunk) => {
    await tx.insert(t.activities).values(chunk.map(({ centre, ...a }) => ({ ...a, centreId: centreIds.get(centre)! })));
  });

  await tx.insert(t.targets).values(plan.targets);
  await tx.insert(t.settings).values({ key: 'countedContracts', value: demoFacts.countedContracts });
  const userRows = await tx
    .insert(t.users)
    .values(
      demoAccounts.map((a) => ({
      email: a.email,
      name: a.name,
      role: a.role,
        memberId: a.memberName ? memberIds.get(plan.members.find((m) => m.name === a.memberName)!.key)! : null,
        passwordHash: null,
        createdAt: `${today}T08:00:00Z`,
      })),
    )
    .returning({ id: t.users.id, email: t.users.email });
  const userId = (email: string) => userRows.find((u) => u.email === email)!.id;

  // Candidates' files, through the uploads' own row (type read from the bytes, kept name, size, sha256).
  await inChunks(plan.documents, 100, async (chunk) => {
    const rows = await Promise.all(
      chunk.map(async (d) => ({
        ...(await documentRow({ candidateId: candidateIds[d.candidate], applicationId: applicationIds[d.application], kind: d.kind, fileName: d.fileName, bytes: d.bytes })),
        createdAt: d.createdAt,
      })),
    );
    await tx.insert(t.documents).values(rows);
  });

  // Interviews, their panels and the panel's feedback
  const interviewIds = await insertIds(tx, t.interviews, plan.interviews, (i) => ({
    applicationId: applicationIds[i.application],
    startsAt: new Date(i.startsAt),
    durationMinutes: i.durationMinutes,
    location: i.location,
    status: i.status,
  }));
  const panelRows = plan.interviews.flatMap((i, k) => i.panel.map((email) => ({ interviewId: interviewIds[k], userId: userId(email) })));
  await inChunks(panelRows, 2000, async (chunk) => {
    await tx.insert(t.interviewPanel).values(chunk);
  });
  const feedbackRows = plan.interviews.flatMap((i, k) =>
    i.feedback.map((f) => ({ interviewId: interviewIds[k], userId: userId(f.account), rating: f.rating, comment: f.comment, createdAt: f.createdAt })),
  );
  await inChunks(feedbackRows, 1000, async (chunk) => {
    await tx.insert(t.interviewFeedback).values(chunk);
  });

  // The outbox's history: what the last year's recruitment sent (after everything it speaks of).
  await insertEmails(tx, planEmails(today, plan.applications, plan.interviews), applicationIds, interviewIds);

  // HR's notes
  await inChunks(plan.notes, 1000, async (chunk) => {
    await tx.insert(t.notes).values(
      chunk.map((n) => ({
        candidateId: candidateIds[n.candidate],
        applicationId: n.application === null ? null : applicationIds[n.application],
        body: n.body,
        authorId: userId(n.author),
        createdAt: n.createdAt,
      })),
    );
  });
}

/** Refreshes the planner's statistics after a bulk load (VACUUM cannot run inside a transaction). */
export async function analyze(db: Db): Promise<void> {
  await db.execute(sql`analyze`);
}
