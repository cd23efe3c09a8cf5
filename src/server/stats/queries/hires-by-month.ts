import { sql } from 'drizzle-orm';
import { monthOf } from '../../../domain/calendar';
import { FIRST_YEAR, targetPathAt, type CountingRule, type HiresByMonthStats, type StatsPeriod, type YearTarget } from '../../../domain/stats';
import * as t from '../../db/schema';
import type { Executor } from '../../db/types';
import { countedHire, date, personOfHire, rows, scoped, type Condition } from '../sql';

/**
 * Recruitments per month: a person is recruited once, on the first day of their first counted contract
 * (a move to another centre or a renewal is not a new recruitment). For a year, its twelve months and
 * the cumulative since January; for all time, every month from January 2022 (or the first recruitment)
 * to `asOf`, cumulative since the beginning.
 */
export async function hiresByMonth(
  db: Executor,
  where: { hires: Condition },
  period: StatsPeriod,
  rule: CountingRule,
  targets: YearTarget[],
): Promise<Omit<HiresByMonthStats, 'period' | 'scope'>> {
  const { asOf } = period;
  const first = period.year === null ? sql`least(${date(`${FIRST_YEAR}-01-01`)}, coalesce((select date_trunc('month', min(first_on))::date from firsts), ${date(`${FIRST_YEAR}-01-01`)}))` : date(`${period.year}-01-01`);
  const last = period.year === null ? date(monthOf(asOf)) : date(`${period.year}-12-01`);
  const result = await rows<{ month: string; hires: number; cumulative: number }>(
    db,
    sql`with firsts as (
          select ${personOfHire} as person, min(${t.hires.startOn}) as first_on
          from ${t.hires} where ${scoped(where.hires)} and ${countedHire(rule)} group by 1
        ),
        per_month as (
          select date_trunc('month', first_on)::date as m, count(*) as n from firsts where first_on <= ${date(asOf)} group by 1
        ),
        months as (select generate_series((${first})::timestamp, (${last})::timestamp, interval '1 month')::date as m)
        select to_char(months.m, 'YYYY-MM') as month, coalesce(p.n, 0)::int as hires,
          (sum(coalesce(p.n, 0)) over (order by months.m))::int as cumulative
        from months left join per_month p on p.m = months.m
        order by months.m`,
  );
  const asOfMonth = asOf.slice(0, 7);
  const base = period.year === null ? 'all' : 'year';
  return {
    rule,
    months: result.map((r) => ({
      month: r.month,
      hires: r.hires,
      cumulative: r.month <= asOfMonth ? r.cumulative : null,
      target: targetPathAt(targets, r.month, base),
    })),
  };
}
