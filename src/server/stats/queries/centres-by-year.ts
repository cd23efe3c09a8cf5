import { sql } from 'drizzle-orm';
import { cumulativeTarget, FIRST_YEAR, targetOf, type CentresByYearStats, type StatsPeriod, type YearTarget } from '../../../domain/stats';
import * as t from '../../db/schema';
import type { Executor } from '../../db/types';
import { date, rows, scoped, type Condition } from '../sql';
import { yearOf } from './shared';

/** Centres opened and closed each year, open at the year's end (or on `asOf`), against the plan. */
export async function centresByYear(
  db: Executor,
  where: { centres: Condition },
  period: StatsPeriod,
  targets: YearTarget[],
): Promise<Omit<CentresByYearStats, 'period' | 'scope'>> {
  const { asOf } = period;
  const lastYear = period.year ?? yearOf(asOf);
  const firstYear =
    period.year !== null
      ? sql`${period.year}::int`
      : sql`least(${FIRST_YEAR}::int, coalesce((select min(first_year) from c), ${FIRST_YEAR}::int))`;
  // The centres are first reduced to a few classes: the year each opened and closed (null when after
  // `asOf`), whether a closing day is recorded, and whether it is `ferme`. With yearEnd = least(31/12/y, asOf):
  // opened_on <= yearEnd ⇔ opened_year <= y; closed_on > yearEnd ⇔ closed_year is null or > y.
  const result = await rows<{ year: number; opened: number; closed: number; open_at_end: number }>(
    db,
    sql`with c as (
          select case when ${t.centres.openedOn} <= ${date(asOf)} then extract(year from ${t.centres.openedOn})::int end as opened_year,
            case when ${t.centres.closedOn} <= ${date(asOf)} then extract(year from ${t.centres.closedOn})::int end as closed_year,
            ${t.centres.closedOn} is not null as has_closing, ${t.centres.status} = 'ferme' as ferme,
            min(extract(year from ${t.centres.openedOn}))::int as first_year, count(*) as n
          from ${t.centres} where ${scoped(where.centres)} and ${t.centres.status} not in ('projet', 'travaux')
          group by 1, 2, 3, 4
        ),
        years as (select generate_series(${firstYear}, ${lastYear}::int) as y)
        select y::int as year,
          coalesce(sum(c.n) filter (where c.opened_year = y), 0)::int as opened,
          coalesce(sum(c.n) filter (where c.closed_year = y), 0)::int as closed,
          coalesce(sum(c.n) filter (where c.opened_year <= y
            and (case when c.has_closing then c.closed_year is null or c.closed_year > y else not c.ferme end)), 0)::int as open_at_end
        from years left join c on true
        group by y order by y`,
  );
  return {
    years: result.map((r) => ({
      year: r.year,
      opened: r.opened,
      closed: r.closed,
      openAtEnd: r.open_at_end,
      target: targetOf(targets, r.year).centres,
      cumulativeTarget: cumulativeTarget(targets, r.year, 'centres'),
    })),
  };
}
