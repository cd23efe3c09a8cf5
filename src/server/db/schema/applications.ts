import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { refusalReasons, stages, withdrawalReasons } from '../../../domain/enums';
import { idColumn, version, day, oneOf } from './columns';
import { positions } from './positions';
import { candidates } from './candidates';

export const applications = pgTable(
  'applications',
  {
    id: idColumn(),
    version: version(),
    candidateId: integer()
      .notNull()
      .references(() => candidates.id),
    positionId: integer()
      .notNull()
      .references(() => positions.id),
    stage: text().notNull(),
    appliedOn: day().notNull(),
    stageOn: day().notNull(),
    // Nullable: the rows written before reasons existed have none; the domain schema asks for one on
    // every write of a refusal or a withdrawal.
    outcomeReason: text(),
    outcomeNote: text(),
  },
  (t) => [
    check('applications_stage_check', oneOf(t.stage, stages.values)),
    check('applications_dates_check', sql`${t.stageOn} >= ${t.appliedOn}`),
    // A reason only on an outcome, and one of that outcome's list.
    check(
      'applications_outcome_reason_check',
      sql`${t.outcomeReason} is null or (${t.stage} = 'refusee' and ${oneOf(t.outcomeReason, refusalReasons.values)}) or (${t.stage} = 'retiree' and ${oneOf(t.outcomeReason, withdrawalReasons.values)})`,
    ),
    uniqueIndex('applications_candidate_position_unique').on(t.candidateId, t.positionId),
    index('applications_position_idx').on(t.positionId),
    index('applications_stage_idx').on(t.stage, t.stageOn),
    index('applications_applied_idx').on(t.appliedOn),
    index('applications_stage_on_idx').on(t.stageOn, t.id),
  ],
);

/** The date each stage of an application was reached. */
export const applicationStages = pgTable(
  'application_stages',
  {
    id: idColumn(),
    applicationId: integer()
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    stage: text().notNull(),
    reachedOn: day().notNull(),
  },
  (t) => [
    check('application_stages_stage_check', oneOf(t.stage, stages.values)),
    // `stage` in the key too: the funnel sums up every application's stages by an index-only scan
    // (530,000 stages at national scale read from the index alone, a fifth of the time of the table).
    index('application_stages_application_idx').on(t.applicationId, t.reachedOn, t.stage),
  ],
);
