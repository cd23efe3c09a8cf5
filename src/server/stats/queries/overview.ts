import { sql } from 'drizzle-orm';
import { colleges, professions, type Profession } from '../../../domain/enums';
import { cumulativeTarget, round1, targetOf, totalProfessionalsTarget, type CountingRule, type OverviewStats, type ProfessionCount, type StatsPeriod, type YearTarget } from '../../../domain/stats';
import * as t from '../../db/schema';
import type { Executor } from '../../db/types';
import { centreOpen, countedHire, date, hireInPost, inOrder, memberActive, personOfHire, rows, scoped, type Condition } from '../sql';
import { yearOf, yearOfPeriod, sum, fill, countByProfession } from './shared';

export async function overview(
  db: Executor,
  where: { members: Condition; centres: Condition; positions: Condition; hires: Condition },
  period: StatsPeriod,
  rule: CountingRule,
  targets: YearTarget[],
): Promise<Omit<OverviewStats, 'period' | 'scope'>> {
  const { asOf } = period;
  const year = yearOfPeriod(period);
  const yearFrom = `${year}-01-01`;

  const [staff, recruited, centres, members, positions] = await inOrder(
    () => rows<{ profession: Profession; in_post: number; counted_in_post: number; fte: number }>(
      db,
      // Per person and profession first (hashed), then per profession: a `count(distinct …)` sorted
      // every row of each profession.
      sql`select profession, count(*)::int as in_post, count(*) filter (where counted)::int as counted_in_post,
            coalesce(sum(fte), 0)::float8 as fte
          from (select ${personOfHire} as person, ${t.hires.profession} as profession, sum(${t.hires.fte}) as fte,
                  bool_or(${countedHire(rule)}) as counted
                from ${t.hires} where ${scoped(where.hires)} and ${hireInPost(asOf)} group by 1, 2) p
          group by profession`,
    ),
    () => rows<{ profession: Profession; in_year: number; since_start: number }>(
      db,
      sql`select profession, count(*) filter (where first_on >= ${date(yearFrom)} and first_on <= ${date(asOf)})::int as in_year,
            count(*) filter (where first_on <= ${date(asOf)})::int as since_start
          from (select ${personOfHire} as person, min(${t.hires.profession}) as profession, min(${t.hires.startOn}) as first_on
                from ${t.hires} where ${scoped(where.hires)} and ${countedHire(rule)} group by 1) f
          group by profession`,
    ),
    () => rows<{ open: number; antennes: number; suspended: number; opened_in_year: number }>(
      db,
      sql`select count(*) filter (where ${centreOpen(date(asOf))})::int as open,
            count(*) filter (where ${centreOpen(date(asOf))} and ${t.centres.parentCentreId} is not null)::int as antennes,
            count(*) filter (where ${centreOpen(date(asOf))} and ${t.centres.status} = 'suspendu')::int as suspended,
            count(*) filter (where ${t.centres.status} not in ('projet', 'travaux')
              and ${t.centres.openedOn} >= ${date(yearFrom)} and ${t.centres.openedOn} <= ${date(asOf)})::int as opened_in_year
          from ${t.centres} where ${scoped(where.centres)}`,
    ),
    () => rows<{ college: number; count: number }>(
      db,
      sql`select ${t.members.college}::int as college, count(*)::int as count
          from ${t.members} where ${scoped(where.members)} and ${memberActive(asOf)} group by 1`,
    ),
    () => rows<{ profession: Profession; count: number; fte: number }>(
      db,
      sql`select ${t.positions.profession} as profession, count(*)::int as count, coalesce(sum(${t.positions.fte}), 0)::float8 as fte
          from ${t.positions} where ${scoped(where.positions)} and ${t.positions.status} = 'ouvert' group by 1`,
    ),
  );

  const staffByProfession: ProfessionCount[] = fill(professions.values, staff, (r) => r.profession, (profession, rows) => ({
    profession,
    counted: rule.professions.includes(profession),
    inPost: sum(rows, (r) => r.in_post),
    countedInPost: sum(rows, (r) => r.counted_in_post),
    fte: round1(sum(rows, (r) => r.fte)),
  }));
  const total = totalProfessionalsTarget(targets);
  const c = centres[0];
  return {
    rule,
    professionals: {
      inPost: sum(staffByProfession, (r) => r.countedInPost),
      target: total.target,
      targetYear: total.year,
      targetToDate: cumulativeTarget(targets, yearOf(asOf), 'professionals'),
      staffInPost: sum(staffByProfession, (r) => r.inPost),
      byProfession: staffByProfession,
    },
    hires: {
      year,
      count: sum(recruited, (r) => r.in_year),
      target: targetOf(targets, year).professionals,
      byProfession: countByProfession(recruited, (r) => r.in_year, rule.professions),
      sinceStart: sum(recruited, (r) => r.since_start),
    },
    centres: {
      open: c.open,
      antennes: c.antennes,
      suspended: c.suspended,
      openedInYear: c.opened_in_year,
      targetInYear: targetOf(targets, year).centres,
      targetToDate: cumulativeTarget(targets, yearOf(asOf), 'centres'),
    },
    members: {
      total: sum(members, (r) => r.count),
      byCollege: fill(colleges.values, members, (r) => r.college, (college, rows) => ({ college, count: sum(rows, (r) => r.count) })),
    },
    positions: {
      open: sum(positions, (r) => r.count),
      fte: round1(sum(positions, (r) => r.fte)),
      byProfession: countByProfession(positions, (r) => r.count),
    },
  };
}
