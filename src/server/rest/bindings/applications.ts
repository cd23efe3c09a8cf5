import { and, desc, eq, gte, inArray, isNull, or, sql } from 'drizzle-orm';
import { todayInFrance } from '../../../domain/calendar';
import { closingStages, outcomeRules, previousStageDate, RUNNING_HIRE, stageDateError, type StageEvent } from '../../../domain/resources/applications';
import { closedPositionReason } from '../../../domain/resources/positions';
import type { Executor } from '../../db/types';
import * as t from '../../db/schema';
import { badRequest, conflict } from '../../errors';
import type { ApiRecord } from './types';
import { runningHiresOf } from './positions';
import { binding, centresIn } from './shared';

/**
 * The rules of a write on an application, checked in its transaction (a refusal rolls it back): a new
 * application (or one moved to another position) needs an open position; a running contract keeps it
 * from being refused or withdrawn; a stage date does not precede the previous stage's.
 */
async function checkApplication(tx: Executor, id: number, input: Record<string, unknown>, before?: ApiRecord) {
  if (!before || before.positionId !== input.positionId) {
    const [position] = await tx.select().from(t.positions).where(eq(t.positions.id, input.positionId as number));
    const filledOn = position?.status === 'pourvu' ? (await runningHiresOf(tx, [position.id])).get(position.id)?.filledOn : undefined;
    const reason = position && closedPositionReason({ ...position, filledOn });
    if (reason) throw badRequest(reason, { positionId: reason });
  }
  if (before && before.stage !== input.stage && closingStages.includes(input.stage as never)) {
    const running = await tx
      .select({ id: t.hires.id })
      .from(t.hires)
      .where(and(eq(t.hires.applicationId, id), or(isNull(t.hires.endOn), gte(t.hires.endOn, todayInFrance()))))
      .limit(1);
    if (running.length) throw conflict(RUNNING_HIRE, { stage: RUNNING_HIRE });
  }
  const stageOn = input.stageOn as string;
  const error = stageDateError(stageOn, previousStageDate(input as never, before as never));
  if (error) throw badRequest(error, { stageOn: error });
}

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
    // An outcome reason only on a refusal or a withdrawal: a card moved back out of one loses it.
    const outcome = outcomeRules[input.stage as never] ? {} : { outcomeReason: null, outcomeNote: null };
    const given = input.stageOn as string | null;
    if (!before) return { ...outcome, stageOn: given ?? (input.stage === 'recue' ? input.appliedOn : todayInFrance()) };
    if (before.stage === input.stage) return { ...outcome, stageOn: given ?? before.stageOn };
    return { ...outcome, stageOn: given && given !== before.stageOn ? given : todayInFrance() };
  },
  async afterWrite(tx, id, input, before) {
    await checkApplication(tx, id, input, before);
    const row = { applicationId: id, stage: input.stage as string, reachedOn: input.stageOn as string };
    if (!before) {
      await tx.insert(t.applicationStages).values({ applicationId: id, stage: 'recue', reachedOn: input.appliedOn as string });
      if (row.stage !== 'recue') await tx.insert(t.applicationStages).values(row);
    } else if (before.stage !== input.stage) await tx.insert(t.applicationStages).values(row);
    else if (before.stageOn !== input.stageOn && before.stage !== 'recue') {
      // The current stage's date corrected: its step in the history follows.
      const [last] = await tx
        .select({ id: t.applicationStages.id })
        .from(t.applicationStages)
        .where(and(eq(t.applicationStages.applicationId, id), eq(t.applicationStages.stage, row.stage)))
        .orderBy(desc(t.applicationStages.reachedOn), desc(t.applicationStages.id))
        .limit(1);
      if (last) await tx.update(t.applicationStages).set({ reachedOn: row.reachedOn }).where(eq(t.applicationStages.id, last.id));
    }
  },
  // The applications to the positions of the department's centres.
  departmentScope: (code) =>
    sql`${t.applications.positionId} in (select ${t.positions.id} from ${t.positions} where ${t.positions.centreId} in ${centresIn(code)})`,
  referencedAs: { applications: 'des candidatures' },
  constraintMessages: {
    applications_candidate_position_unique: { field: 'positionId', message: 'Cette personne a déjà candidaté à ce poste' },
    applications_dates_check: { field: 'stageOn', message: 'Cette date précède la réception de la candidature' },
    applications_outcome_reason_check: { field: 'outcomeReason', message: 'Ce motif ne correspond pas à l’étape' },
  },
});
