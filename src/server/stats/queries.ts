import { sql, type SQL } from 'drizzle-orm';
import { addDays, monthOf } from '../../domain/calendar';
import { colleges, professions, refusalReasons, stages, withdrawalReasons, type Contract, type Profession, type Stage } from '../../domain/enums';
import {
  cumulativeTarget,
  FIRST_YEAR,
  funnelSteps,
  FUNNEL_STAGES,
  HR_HORIZON_DAYS,
  POSITION_AGE_BUCKETS,
  rate,
  round1,
  targetOf,
  targetPathAt,
  totalProfessionalsTarget,
  type ActivityStats,
  type CentresByYearStats,
  type CountingRule,
  type FunnelStage,
  type FunnelStats,
  type OutcomeReasonCount,
  type HiresByMonthStats,
  type HrStats,
  type OverviewStats,
  type PositionAgeBucket,
  type ProfessionCount,
  type RetentionStats,
  type StatsPeriod,
  type UpcomingHire,
  type YearTarget,
} from '../../domain/stats';
import * as t from '../db/schema';
import type { Executor } from '../db/types';
import {
  centreOpen,
  countedHire,
  date,
  funnelRank,
  hireInPost,
  inOrder,
  memberActive,
  personOfHire,
  rows,
  scoped,
  type Condition,
} from './sql';

/**
 * One function per dashboard view. Each takes the scope conditions the caller's role allows (undefined:
 * everything; for a `member`, the rows of the centres its member backs) and answers aggregates
 * computed by PostgreSQL; JavaScript only reshapes them and applies the targets (a few rows).
 */

const yearOf = (iso: string) => Number(iso.slice(0, 4));
/** The year a period's "this year" figures are about: the period's, or the current one for all time. */
export const yearOfPeriod = (p: StatsPeriod) => p.year ?? yearOf(p.asOf);

const sum = <R>(list: readonly R[], f: (r: R) => number) => list.reduce((s, r) => s + f(r), 0);

/**
 * One entry per key, in the keys' order (every profession, stage, college…, whether PostgreSQL answered
 * a row for it or not), made from the rows of that key (none: `make` gives its zero).
 */
function fill<K, R, T>(keys: readonly K[], list: readonly R[], keyOf: (r: R) => K, make: (key: K, rows: R[]) => T): T[] {
  return keys.map((key) => make(key, list.filter((r) => keyOf(r) === key)));
}

/** Per profession of `among` (every profession by default): the sum of `count` over its rows, 0 without any. */
const countByProfession = <R extends { profession: Profession }>(
  list: readonly R[],
  count: (r: R) => number,
  among: readonly Profession[] = professions.values,
) => fill(among, list, (r) => r.profession, (profession, rows) => ({ profession, count: sum(rows, count) }));

// --- Overview -----------------------------------------------------------------------------------

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

// --- Hires by month -----------------------------------------------------------------------------

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

// --- Centres by year ----------------------------------------------------------------------------

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

// --- Funnel -------------------------------------------------------------------------------------

/** Outcome (refusal first), reason in its list's order (none last), profession in the list's order. */
function sortOutcomeReasons(list: OutcomeReasonCount[]): OutcomeReasonCount[] {
  const rank = (r: OutcomeReasonCount) => {
    const values: readonly string[] = r.outcome === 'refusee' ? refusalReasons.values : withdrawalReasons.values;
    const reason = r.reason === null ? values.length : values.indexOf(r.reason);
    return [r.outcome === 'refusee' ? 0 : 1, reason, professions.values.indexOf(r.profession)];
  };
  return [...list].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
}

/**
 * The applications received in the period and how far each has got: the furthest funnel stage it
 * reached (from its stage history and its current stage), its outcome, and the days from receipt to
 * acceptance and to the first day of the contract that followed. Counts only.
 */
export async function funnel(db: Executor, applications: Condition, period: StatsPeriod): Promise<Omit<FunnelStats, 'period' | 'scope'>> {
  const received = period.from ? sql`a.applied_on >= ${date(period.from)} and a.applied_on <= ${date(period.to)}` : sql`true`;
  // The department filter is written on the table's name; the query aliases it `a`.
  const applicationsIn = applications ? sql`a.id in (select ${t.applications.id} from ${t.applications} where ${applications})` : sql`true`;
  const reachedColumns = FUNNEL_STAGES.map((s, i) => sql`count(*) filter (where furthest >= ${sql.raw(String(i))})::int as ${sql.identifier(`reached_${s}`)}`);
  const [r] = await rows<
    Record<`reached_${FunnelStage}`, number> & {
      total: number;
      accepted: number;
      refused: number;
      withdrawn: number;
      with_acceptance: number;
      median_to_acceptance: number | null;
      started: number;
      median_to_start: number | null;
    }
  >(
    db,
    // One pass over the applications and their stages merged on the application (both read in id order;
    // the stages by an index-only scan of application_stages_application_idx, which holds the stage).
    // Summing the stages per application first, then joining, was slower once that index covered them.
    sql`with a as (
          select a.id, a.stage, a.applied_on,
            greatest(${funnelRank(sql`a.stage`)}, coalesce(max(${funnelRank(sql`s.stage`)}), 0)) as furthest,
            least(min(s.reached_on) filter (where s.stage = 'acceptee'), case when a.stage = 'acceptee' then a.stage_on end) as accepted_on
          from ${t.applications} a left join ${t.applicationStages} s on s.application_id = a.id
          where ${received} and ${applicationsIn}
          group by a.id
        ),
        -- The first day of the contracts that followed each application (a join, not a subquery per application).
        started as (
          select ${t.hires.applicationId} as application_id, min(${t.hires.startOn}) as started_on from ${t.hires}
          where ${t.hires.applicationId} is not null and ${t.hires.startOn} <= ${date(period.asOf)} group by 1
        )
        select count(*)::int as total, ${sql.join(reachedColumns, sql`, `)},
          count(*) filter (where stage = 'acceptee')::int as accepted,
          count(*) filter (where stage = 'refusee')::int as refused,
          count(*) filter (where stage = 'retiree')::int as withdrawn,
          count(accepted_on)::int as with_acceptance,
          (percentile_cont(0.5) within group (order by accepted_on - applied_on))::float8 as median_to_acceptance,
          count(started_on)::int as started,
          (percentile_cont(0.5) within group (order by started_on - applied_on))::float8 as median_to_start
        from a left join started on started.application_id = a.id`,
  );
  const reached = Object.fromEntries(FUNNEL_STAGES.map((s) => [s, r[`reached_${s}`]])) as Record<FunnelStage, number>;
  // The same applications' refusals and withdrawals, by reason and the position's profession.
  const byReason = await rows<{ outcome: 'refusee' | 'retiree'; reason: string | null; profession: Profession; count: number }>(
    db,
    sql`select a.stage as outcome, a.outcome_reason as reason, p.profession, count(*)::int as count
        from ${t.applications} a join ${t.positions} p on p.id = a.position_id
        where a.stage in ('refusee', 'retiree') and ${received} and ${applicationsIn}
        group by 1, 2, 3`,
  );
  return {
    applications: r.total,
    steps: funnelSteps(reached),
    outcomes: { accepted: r.accepted, refused: r.refused, withdrawn: r.withdrawn, inProgress: r.total - r.accepted - r.refused - r.withdrawn },
    outcomeReasons: sortOutcomeReasons(byReason),
    timeToHire: {
      accepted: r.with_acceptance,
      medianDaysToAcceptance: r.median_to_acceptance === null ? null : round1(r.median_to_acceptance),
      started: r.started,
      medianDaysToStart: r.median_to_start === null ? null : round1(r.median_to_start),
    },
  };
}

// --- Retention ----------------------------------------------------------------------------------

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

// --- Activity -----------------------------------------------------------------------------------

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

// --- Departments --------------------------------------------------------------------------------

/** Centres open and counted professionals in post on `asOf`, per department of the centres. */
export async function departmentCounts(
  db: Executor,
  where: { centres: Condition; hires: Condition },
  period: StatsPeriod,
  rule: CountingRule,
): Promise<Map<string, { centres: number; professionals: number }>> {
  const { asOf } = period;
  const [centres, professionals] = await inOrder(
    () => rows<{ code: string; count: number }>(
      db,
      sql`select ${t.centres.departmentCode} as code, count(*)::int as count
          from ${t.centres} where ${scoped(where.centres)} and ${centreOpen(date(asOf))} group by 1`,
    ),
    () => rows<{ code: string; count: number }>(
      db,
      sql`select ${t.centres.departmentCode} as code, count(distinct ${personOfHire})::int as count
          from ${t.hires} join ${t.centres} on ${t.centres.id} = ${t.hires.centreId}
          where ${scoped(where.hires)} and ${countedHire(rule)} and ${hireInPost(asOf)} group by 1`,
    ),
  );
  const out = new Map<string, { centres: number; professionals: number }>();
  const entry = (code: string) => out.get(code) ?? out.set(code, { centres: 0, professionals: 0 }).get(code)!;
  for (const r of centres) entry(r.code).centres = r.count;
  for (const r of professionals) entry(r.code).professionals = r.count;
  return out;
}

// --- HR -----------------------------------------------------------------------------------------

const UPCOMING_LIMIT = 100;

/** Pipeline by current stage, open positions by age, starts and contract ends within the horizon. */
export async function hr(
  db: Executor,
  where: { positions: Condition; hires: Condition; applications?: Condition },
  asOf: string,
): Promise<Omit<HrStats, 'period' | 'scope'>> {
  const horizon = addDays(asOf, HR_HORIZON_DAYS);
  const inProgress = FUNNEL_STAGES.filter((s) => s !== 'acceptee');
  const age = sql`(${date(asOf)} - ${t.positions.openedOn})`;
  const bucket = sql.raw(
    `case ${POSITION_AGE_BUCKETS.map((b) => (b.max === null ? `else '${b.key}'` : `when age < ${b.max} then '${b.key}'`)).join(' ')} end`,
  );
  const upcoming = (on: typeof t.hires.startOn | typeof t.hires.endOn, window: SQL) =>
    inOrder(
      () => rows<{ profession: Profession; count: number }>(
        db,
        sql`select ${t.hires.profession} as profession, count(*)::int as count from ${t.hires}
            where ${scoped(where.hires)} and ${window} group by 1`,
      ),
      () => rows<{ id: number; first_name: string; last_name: string; profession: Profession; contract: Contract; centre_id: number; centre_name: string; on_date: string }>(
        db,
        sql`select ${t.hires.id} as id, ${t.hires.firstName} as first_name, ${t.hires.lastName} as last_name,
              ${t.hires.profession} as profession, ${t.hires.contract} as contract, ${t.hires.centreId} as centre_id,
              ${t.centres.name} as centre_name, ${on}::text as on_date
            from ${t.hires} join ${t.centres} on ${t.centres.id} = ${t.hires.centreId}
            where ${scoped(where.hires)} and ${window}
            order by ${on}, ${t.hires.id} limit ${UPCOMING_LIMIT}`,
      ),
    );

  const [pipeline, positions, [startCounts, startItems], [endCounts, endItems]] = await inOrder(
    () => rows<{ stage: Stage; count: number; median_days: number | null }>(
      db,
      sql`select ${t.applications.stage} as stage, count(*)::int as count,
            (percentile_cont(0.5) within group (order by ${date(asOf)} - ${t.applications.stageOn}))::float8 as median_days
          from ${t.applications} where ${scoped(where.applications)} group by 1`,
    ),
    () => rows<{ profession: Profession; bucket: PositionAgeBucket; count: number; oldest: number }>(
      db,
      sql`select profession, ${bucket} as bucket, count(*)::int as count, max(age)::int as oldest
          from (select ${t.positions.profession} as profession, ${age} as age from ${t.positions}
                where ${scoped(where.positions)} and ${t.positions.status} = 'ouvert') p
          group by 1, 2`,
    ),
    () => upcoming(t.hires.startOn, sql`${t.hires.startOn} > ${date(asOf)} and ${t.hires.startOn} <= ${date(horizon)}`),
    () => upcoming(t.hires.endOn, sql`${t.hires.endOn} >= ${date(asOf)} and ${t.hires.endOn} <= ${date(horizon)}`),
  );

  const items = (list: typeof startItems): UpcomingHire[] =>
    list.map((r) => ({
      id: r.id,
      firstName: r.first_name,
      lastName: r.last_name,
      profession: r.profession,
      contract: r.contract,
      centreId: r.centre_id,
      centreName: r.centre_name,
      on: r.on_date,
    }));
  const counts = (list: typeof startCounts) => ({ total: sum(list, (r) => r.count), byProfession: countByProfession(list, (r) => r.count) });
  return {
    pipeline: fill(stages.values, pipeline, (r) => r.stage, (stage, [row]) => {
      const open = (inProgress as readonly Stage[]).includes(stage);
      return { stage, count: row?.count ?? 0, medianDaysInStage: open && row?.median_days != null ? round1(row.median_days) : null };
    }),
    openPositions: {
      total: sum(positions, (r) => r.count),
      oldestDays: positions.length ? Math.max(...positions.map((r) => r.oldest)) : null,
      byAge: fill(POSITION_AGE_BUCKETS.map((b) => b.key), positions, (r) => r.bucket, (bucket, rows) => ({ bucket, count: sum(rows, (r) => r.count) })),
      byProfession: countByProfession(positions, (r) => r.count),
    },
    horizonDays: HR_HORIZON_DAYS,
    starts: { ...counts(startCounts), items: items(startItems) },
    contractEnds: { ...counts(endCounts), items: items(endItems) },
  };
}
