import { inArray, sql } from 'drizzle-orm';
import { todayInFrance } from '../../../domain/calendar';
import type { StageEvent } from '../../../domain/resources/applications';
import * as t from '../../db/schema';
import { binding, centresIn } from './shared';

export const applications = binding('applications', {
  table: t.applications,
  async attach(db, records) {
    if (!records.length) return;
    const events = await db
      .select({ applicationId: t.applicationStages.applicationId, stage: t.applicationStages.stage, on: t.applicationStages.reachedOn })
      .from(t.applicationStages)
      .where(inArray(t.applicationStages.applicationId, records.map((r) => r.id)))
      .orderBy(t.applicationStages.reachedOn, t.applicationStages.id);
    for (const r of records)
      r.stageHistory = events.filter((e) => e.applicationId === r.id).map(({ stage, on }) => ({ stage, on }) as StageEvent);
  },
  derive(input, before) {
    // The date the current stage was reached: given by the client when it differs from the stored
    // one; kept when the stage is unchanged; today in France for a move that gives no date.
    const given = input.stageOn as string | null;
    if (!before) return { stageOn: given ?? (input.stage === 'recue' ? input.appliedOn : todayInFrance()) };
    if (before.stage === input.stage) return { stageOn: given ?? before.stageOn };
    return { stageOn: given && given !== before.stageOn ? given : todayInFrance() };
  },
  async afterWrite(tx, id, input, before) {
    const row = { applicationId: id, stage: input.stage as string, reachedOn: input.stageOn as string };
    if (!before) {
      await tx.insert(t.applicationStages).values({ applicationId: id, stage: 'recue', reachedOn: input.appliedOn as string });
      if (row.stage !== 'recue') await tx.insert(t.applicationStages).values(row);
    } else if (before.stage !== input.stage) await tx.insert(t.applicationStages).values(row);
  },
  // The applications to the positions of the department's centres.
  departmentScope: (code) =>
    sql`${t.applications.positionId} in (select ${t.positions.id} from ${t.positions} where ${t.positions.centreId} in ${centresIn(code)})`,
  referencedAs: { applications: 'des candidatures' },
  constraintMessages: {
    applications_candidate_position_unique: { field: 'positionId', message: 'Cette personne a déjà candidaté à ce poste' },
    applications_dates_check: { field: 'stageOn', message: 'Cette date précède la réception de la candidature' },
  },
});
