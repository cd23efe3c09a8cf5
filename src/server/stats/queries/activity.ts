import { sql } from 'drizzle-orm';
import type { ActivityStats, StatsPeriod } from '../../../domain/stats';
import * as t from '../../db/schema';
import type { Executor } from '../../db/types';
import { date, rows, scoped, type Condition } from '../sql';

/** Monthly activity of the centres; a year's twelve months, or every month from the first to the last reported. */
export async function activity(
  db: Executor,
  where: { activities: Condition },
  period: StatsPeriod,
): Promise<Omit<ActivityStats, 'period' | 'scope'>> {
  const inPeriod = period.from ? sql`${t.activities.month} >= ${date(period.from)} and ${t.activities.month} <= ${date(period.to)}` : sql`true`;
  // One row of bounds: the year's months, or the first and last months reported.
  const bounds =
    period.year === null
      ? sql`select min(month) as lo, max(month) as hi from a`
      : sql`select ${date(`${period.year}-01-01`)} as lo, ${date(`${period.year}-12-01`)} as hi`;
  const result = await rows<{
    month: string;
    scheduled: number;
    unscheduled: number;
    home_visits: number;
    out_of_hours_shifts: number;
    new_referring_patients: number;
    centres_reporting: number;
  }>(
    db,
    // Summed per month in one pass over the rows, then joined to the months (joining the months to every
    // row and grouping after read the 1.1 million rows twice at national scale).
    sql`with a as (
          select ${t.activities.month} as month, sum(${t.activities.scheduled}) as scheduled, sum(${t.activities.unscheduled}) as unscheduled,
            sum(${t.activities.homeVisits}) as home_visits, sum(${t.activities.outOfHoursShifts}) as out_of_hours_shifts,
            sum(${t.activities.newReferringPatients}) as new_referring_patients, count(*) as centres_reporting
          from ${t.activities} where ${scoped(where.activities)} and ${inPeriod} group by 1
        ),
        bounds as (${bounds}),
        months as (select generate_series(lo::timestamp, hi::timestamp, interval '1 month')::date as m from bounds where lo is not null)
        select to_char(m, 'YYYY-MM') as month,
          coalesce(a.scheduled, 0)::int as scheduled, coalesce(a.unscheduled, 0)::int as unscheduled,
          coalesce(a.home_visits, 0)::int as home_visits, coalesce(a.out_of_hours_shifts, 0)::int as out_of_hours_shifts,
          coalesce(a.new_referring_patients, 0)::int as new_referring_patients, coalesce(a.centres_reporting, 0)::int as centres_reporting
        from months left join a on a.month = m
        order by m`,
  );
  const months = result.map((r) => ({
    month: r.month,
    scheduled: r.scheduled,
    unscheduled: r.unscheduled,
    homeVisits: r.home_visits,
    outOfHoursShifts: r.out_of_hours_shifts,
    newReferringPatients: r.new_referring_patients,
    centresReporting: r.centres_reporting,
  }));
  const total = (k: 'scheduled' | 'unscheduled' | 'homeVisits' | 'outOfHoursShifts' | 'newReferringPatients') =>
    months.reduce((s, m) => s + m[k], 0);
  return {
    months,
    totals: {
      scheduled: total('scheduled'),
      unscheduled: total('unscheduled'),
      consultations: total('scheduled') + total('unscheduled'),
      homeVisits: total('homeVisits'),
      outOfHoursShifts: total('outOfHoursShifts'),
      newReferringPatients: total('newReferringPatients'),
    },
  };
}
