import { sql, type SQL } from 'drizzle-orm';
import { addDays } from '../../../domain/calendar';
import { stages, type Contract, type Profession, type Stage } from '../../../domain/enums';
import { FUNNEL_STAGES, HR_HORIZON_DAYS, POSITION_AGE_BUCKETS, round1, type HrStats, type PositionAgeBucket, type UpcomingHire } from '../../../domain/stats';
import * as t from '../../db/schema';
import type { Executor } from '../../db/types';
import { date, inOrder, rows, scoped, type Condition } from '../sql';
import { sum, fill, countByProfession } from './shared';

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
