import { eq } from 'drizzle-orm';
import { parisLocalToIso } from '../../domain/datetime';
import * as t from '../db/schema';
import { applicationsInfo } from '../rest/bindings';
import type { TimelineSource } from './types';

/** Every stage each of the candidate's applications reached (its history), with the position's label. */
export const stageChanges: TimelineSource = {
  name: 'stages',
  async entries(db, candidateId) {
    const rows = await db
      .select({ id: t.applicationStages.id, applicationId: t.applicationStages.applicationId, stage: t.applicationStages.stage, on: t.applicationStages.reachedOn })
      .from(t.applicationStages)
      .innerJoin(t.applications, eq(t.applications.id, t.applicationStages.applicationId))
      .where(eq(t.applications.candidateId, candidateId));
    const info = await applicationsInfo(db, rows.map((r) => r.applicationId));
    return rows.map((r) => ({
      key: `stage-${r.id}`,
      kind: 'stage',
      at: parisLocalToIso(r.on, '00:00'),
      allDay: true,
      by: null,
      applicationId: r.applicationId,
      positionLabel: info.get(r.applicationId)?.positionLabel ?? null,
      record: { resource: 'applications', id: r.applicationId },
      data: { stage: r.stage, on: r.on },
    }));
  },
};
