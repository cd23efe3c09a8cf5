import { eq } from 'drizzle-orm';
import { toParisIso } from '../../domain/datetime';
import * as t from '../db/schema';
import { applicationsInfo } from '../rest/bindings';
import type { TimelineSource } from './types';

/** The candidate's interviews, at their date (past or to come), with their status and position. */
export const interviews: TimelineSource = {
  name: 'interviews',
  async entries(db, candidateId) {
    const rows = await db
      .select({
        id: t.interviews.id,
        applicationId: t.interviews.applicationId,
        startsAt: t.interviews.startsAt,
        durationMinutes: t.interviews.durationMinutes,
        location: t.interviews.location,
        status: t.interviews.status,
      })
      .from(t.interviews)
      .innerJoin(t.applications, eq(t.applications.id, t.interviews.applicationId))
      .where(eq(t.applications.candidateId, candidateId));
    const info = await applicationsInfo(db, rows.map((r) => r.applicationId));
    return rows.map((r) => ({
      key: `interview-${r.id}`,
      kind: 'interview',
      at: toParisIso(r.startsAt),
      allDay: false,
      by: null,
      applicationId: r.applicationId,
      positionLabel: info.get(r.applicationId)?.positionLabel ?? null,
      record: { resource: 'interviews', id: r.id },
      data: { status: r.status, durationMinutes: r.durationMinutes, location: r.location },
    }));
  },
};
