import { sql } from 'drizzle-orm';
import type { CountingRule, StatsPeriod } from '../../../domain/stats';
import * as t from '../../db/schema';
import type { Executor } from '../../db/types';
import { centreOpen, countedHire, date, hireInPost, inOrder, personOfHire, rows, scoped, type Condition } from '../sql';

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
