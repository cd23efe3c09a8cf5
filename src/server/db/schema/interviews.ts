import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { interviewStatuses } from '../../../domain/enums';
import { MAX_INTERVIEW_MINUTES, MIN_INTERVIEW_MINUTES } from '../../../domain/resources/interviews';
import { idColumn, version, createdAt, oneOf } from './columns';
import { applications } from './applications';
import { users } from './users';

/** An interview for an application; its start is an instant (timestamptz), shown in France's time. */
export const interviews = pgTable(
  'interviews',
  {
    id: idColumn(),
    version: version(),
    applicationId: integer()
      .notNull()
      .references(() => applications.id),
    // mode 'date': node-postgres and PGlite answer timestamptz text in different shapes; a Date is one instant for both.
    startsAt: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
    durationMinutes: integer().notNull(),
    location: text().notNull(),
    status: text().notNull(),
  },
  (t) => [
    check('interviews_status_check', oneOf(t.status, interviewStatuses.values)),
    check('interviews_duration_check', sql`${t.durationMinutes} between ${sql.raw(String(MIN_INTERVIEW_MINUTES))} and ${sql.raw(String(MAX_INTERVIEW_MINUTES))}`),
    index('interviews_application_idx').on(t.applicationId, t.startsAt),
    index('interviews_starts_idx').on(t.startsAt, t.id),
  ],
);

/** Who sits on an interview's panel (hr or admin accounts: checked by the binding). */
export const interviewPanel = pgTable(
  'interview_panel',
  {
    interviewId: integer()
      .notNull()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    userId: integer()
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.interviewId, t.userId] }), index('interview_panel_user_idx').on(t.userId)],
);

/** One panel member's rating and comment on an interview. */
export const interviewFeedback = pgTable(
  'interview_feedback',
  {
    id: idColumn(),
    version: version(),
    interviewId: integer()
      .notNull()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    userId: integer()
      .notNull()
      .references(() => users.id),
    rating: smallint().notNull(),
    comment: text(),
    createdAt: createdAt(),
  },
  (t) => [
    check('interview_feedback_rating_check', sql`${t.rating} between 1 and 5`),
    uniqueIndex('interview_feedback_unique').on(t.interviewId, t.userId),
  ],
);
