import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, uniqueIndex } from 'drizzle-orm/pg-core';
import { idColumn, version, day } from './columns';
import { centres } from './centres';

export const activities = pgTable(
  'activities',
  {
    id: idColumn(),
    version: version(),
    centreId: integer()
      .notNull()
      .references(() => centres.id),
    /** First day of the month. */
    month: day().notNull(),
    scheduled: integer().notNull(),
    unscheduled: integer().notNull(),
    homeVisits: integer().notNull(),
    outOfHoursShifts: integer().notNull(),
    newReferringPatients: integer().notNull(),
  },
  (t) => [
    check(
      'activities_counts_check',
      sql`${t.scheduled} >= 0 and ${t.unscheduled} >= 0 and ${t.homeVisits} >= 0 and ${t.outOfHoursShifts} >= 0 and ${t.newReferringPatients} >= 0`,
    ),
    check('activities_month_check', sql`extract(day from ${t.month}) = 1`),
    uniqueIndex('activities_centre_month_unique').on(t.centreId, t.month),
    index('activities_month_idx').on(t.month, t.id),
  ],
);
