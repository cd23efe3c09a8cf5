import { sql } from 'drizzle-orm';
import { professions, refusalReasons, withdrawalReasons, type Profession } from '../../../domain/enums';
import { funnelSteps, FUNNEL_STAGES, round1, type FunnelStage, type FunnelStats, type OutcomeReasonCount, type StatsPeriod } from '../../../domain/stats';
import * as t from '../../db/schema';
import type { Executor } from '../../db/types';
import { date, funnelRank, rows, type Condition } from '../sql';

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
