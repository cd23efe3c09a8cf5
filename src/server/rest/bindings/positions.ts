import { and, eq, inArray, isNull, max, or, gte, sql, sum } from 'drizzle-orm';
import { todayInFrance } from '../../../domain/calendar';
import { fteCovered, positionLabel, publicationErrors } from '../../../domain/resources/positions';
import { badRequest } from '../../errors';
import type { Executor } from '../../db/types';
import * as t from '../../db/schema';
import { binding, centresIn, centresOf } from './shared';

/** Per position, its running contracts (hired from one of its applications, no end or an end to come): their FTE and latest start. */
export async function runningHiresOf(db: Executor, positionIds: number[]) {
  if (!positionIds.length) return new Map<number, { fte: number; filledOn: string | null }>();
  const rows = await db
    .select({ positionId: t.applications.positionId, fte: sum(t.hires.fte), filledOn: max(t.hires.startOn) })
    .from(t.hires)
    .innerJoin(t.applications, eq(t.hires.applicationId, t.applications.id))
    .where(and(inArray(t.applications.positionId, positionIds), or(isNull(t.hires.endOn), gte(t.hires.endOn, todayInFrance()))))
    .groupBy(t.applications.positionId);
  return new Map(rows.map((r) => [r.positionId, { fte: Number(r.fte ?? 0), filledOn: r.filledOn as string | null }]));
}

/**
 * A hire from an application fills its position, in the hire's transaction: the position becomes
 * « pourvu » (its version moves on) when the FTE of its running contracts covers its own.
 */
export async function fillPosition(tx: Executor, applicationId: number | null | undefined) {
  if (!applicationId) return;
  const [position] = await tx
    .select({ id: t.positions.id, fte: t.positions.fte, status: t.positions.status })
    .from(t.positions)
    .innerJoin(t.applications, eq(t.applications.positionId, t.positions.id))
    .where(eq(t.applications.id, applicationId));
  if (!position || position.status === 'pourvu') return;
  const running = (await runningHiresOf(tx, [position.id])).get(position.id)?.fte ?? 0;
  if (fteCovered(position.fte, running))
    await tx.update(t.positions).set({ status: 'pourvu', version: sql`${t.positions.version} + 1` }).where(eq(t.positions.id, position.id));
}

export const positions = binding('positions', {
  table: t.positions,
  // The label that tells positions apart (positionLabel): the centre's name and since when it is filled.
  async attach(db, records) {
    if (!records.length) return;
    const centreIds = [...new Set(records.map((r) => r.centreId as number))];
    const centres = await db.select({ id: t.centres.id, name: t.centres.name }).from(t.centres).where(inArray(t.centres.id, centreIds));
    const centreName = new Map(centres.map((c) => [c.id, c.name]));
    const running = await runningHiresOf(db, records.filter((r) => r.status === 'pourvu').map((r) => r.id));
    for (const r of records)
      r.label = positionLabel({ ...(r as unknown as Parameters<typeof positionLabel>[0]), centreName: centreName.get(r.centreId as number), filledOn: running.get(r.id)?.filledOn });
  },
  // Publishing needs an open position (the ad's fields are the schema's rule, on every write); checked
  // in the write's transaction, which a refusal rolls back.
  async afterWrite(_tx, _id, input, before) {
    if (!input.published || before?.published) return;
    const { status } = publicationErrors(input, true);
    if (status) throw badRequest(`${status} : ce poste est « ${input.status === 'gele' ? 'gelé' : 'pourvu'} »`, { status });
  },
  referencedAs: { positions: 'des postes' },
  constraintMessages: {
    positions_salary_check: { field: 'salaryMax', message: 'Le salaire maximal est inférieur au salaire minimal' },
    positions_closes_check: { field: 'closesOn', message: 'La clôture précède la publication' },
  },
  scope: (memberId) => sql`${t.positions.centreId} in ${centresOf(memberId)}`,
  departmentScope: (code) => sql`${t.positions.centreId} in ${centresIn(code)}`,
});
