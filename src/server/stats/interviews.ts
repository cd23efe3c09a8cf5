import { and, asc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { toParisIso } from '../../domain/datetime';
import type { UpcomingInterview } from '../../domain/stats';
import * as t from '../db/schema';
import type { Executor } from '../db/types';
import { applicationsInfo } from '../rest/bindings';

/** At most this many listed (the total counts them all). */
const MAX_ITEMS = 50;

/**
 * The interviews planned (`prevu`) from `now` to `now + days`, soonest first, among the applications
 * `applications` allows (the department filter), with the candidate's name and the position's label.
 */
export async function upcomingInterviews(db: Executor, applications: SQL | undefined, now: Date, days: number) {
  const until = new Date(now.getTime() + days * 86_400_000);
  const where = and(eq(t.interviews.status, 'prevu'), gte(t.interviews.startsAt, now), lt(t.interviews.startsAt, until), applications);
  const rows = await db
    .select({
      id: t.interviews.id,
      startsAt: t.interviews.startsAt,
      durationMinutes: t.interviews.durationMinutes,
      location: t.interviews.location,
      applicationId: t.interviews.applicationId,
      candidateId: t.candidates.id,
      firstName: t.candidates.firstName,
      lastName: t.candidates.lastName,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(t.interviews)
    .innerJoin(t.applications, eq(t.applications.id, t.interviews.applicationId))
    .innerJoin(t.candidates, eq(t.candidates.id, t.applications.candidateId))
    .where(where)
    .orderBy(asc(t.interviews.startsAt), asc(t.interviews.id))
    .limit(MAX_ITEMS);
  const info = await applicationsInfo(db, rows.map((r) => r.applicationId));
  const items: UpcomingInterview[] = rows.map((r) => ({
    id: r.id,
    startsAt: toParisIso(r.startsAt),
    durationMinutes: r.durationMinutes,
    location: r.location,
    candidateId: r.candidateId,
    candidateName: `${r.firstName} ${r.lastName}`,
    positionLabel: info.get(r.applicationId)?.positionLabel ?? '',
  }));
  return { total: rows[0]?.total ?? 0, items };
}
