import { sql } from 'drizzle-orm';
import { type Profession } from '../../../domain/enums';
import { rate, type CountingRule, type RetentionStats, type StatsPeriod } from '../../../domain/stats';
import * as t from '../../db/schema';
import type { Executor } from '../../db/types';
import { countedHire, date, inOrder, personOfHire, rows, scoped, type Condition } from '../sql';
import { sum, countByProfession } from './shared';

/**
 * Departures and retention of the persons who count toward the target. A departure is a counted
 * contract whose last day falls in the period (up to `asOf`) and that no counted contract of the same
 * person continues (from the next day on): a move to another centre or a CDI after a CDD is no departure.
 */
export async function retention(
  db: Executor,
  where: { hires: Condition },
  period: StatsPeriod,
  rule: CountingRule,
): Promise<Omit<RetentionStats, 'period' | 'scope'>> {
  const { asOf, from } = period;
  const h = sql`h as (
    select ${personOfHire} as person, ${t.hires.profession} as profession, ${t.hires.startOn} as start_on, ${t.hires.endOn} as end_on
    from ${t.hires} where ${scoped(where.hires)} and ${countedHire(rule)}
  )`;
  const inPeriod = (column: string) => (from ? sql`${sql.raw(column)} >= ${date(from)} and ` : sql``);
  // Every « is this person in post on that day » test is a join on `person` (hashed), not a
  // subquery per row: over the CTE, which has no index, that compared every person with every other
  // one (20 s for 15,000 counted contracts).
  const [departures, [kept], [anniversary]] = await inOrder(
    () => rows<{ profession: Profession; count: number }>(
      db,
      sql`with ${h}, d as (
            select distinct h.person, h.profession, h.end_on from h
            where ${inPeriod('h.end_on')} h.end_on <= ${date(asOf)}
              and not exists (select 1 from h h2 where h2.person = h.person and h2.start_on <= h.end_on + 1
                              and (h2.end_on is null or h2.end_on > h.end_on))
          )
          select profession, count(*)::int as count from d group by profession`,
    ),
    () => rows<{ base: number; retained: number }>(
      db,
      sql`with ${h}, b0 as (
            select distinct person from h
            where ${from ? sql`start_on <= ${date(from)} and (end_on is null or end_on >= ${date(from)})` : sql`start_on <= ${date(asOf)}`}
          ), p as (
            select distinct person from h where start_on <= ${date(asOf)} and (end_on is null or end_on >= ${date(asOf)})
          )
          select count(*)::int as base, count(p.person)::int as retained from b0 left join p on p.person = b0.person`,
    ),
    () => rows<{ base: number; retained: number }>(
      db,
      sql`with ${h}, f as (
            select person, (min(start_on) + interval '1 year')::date as anniversary, min(start_on) as first_on from h group by person
          ), b as (
            select f.person, f.anniversary from f where ${inPeriod('f.first_on')} f.anniversary <= ${date(asOf)}
          ), r as (
            select distinct b.person from b join h h2 on h2.person = b.person
            where h2.start_on <= b.anniversary and (h2.end_on is null or h2.end_on >= b.anniversary)
          )
          select (select count(*) from b)::int as base, (select count(*) from r)::int as retained`,
    ),
  );
  return {
    rule,
    departures: {
      total: sum(departures, (r) => r.count),
      byProfession: countByProfession(departures, (r) => r.count, rule.professions),
    },
    retention: { from, base: kept.base, retained: kept.retained, rate: rate(kept.retained, kept.base) },
    twelveMonth: { base: anniversary.base, retained: anniversary.retained, rate: rate(anniversary.retained, anniversary.base) },
  };
}
