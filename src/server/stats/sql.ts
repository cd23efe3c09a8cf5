import { eq, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { contracts, type Contract } from '../../domain/enums';
import {
  COUNTED_CONTRACTS_SETTING,
  COUNTED_PROFESSIONS,
  DEFAULT_COUNTED_CONTRACTS,
  FUNNEL_STAGES,
  type CountingRule,
  type YearTarget,
} from '../../domain/stats';
import * as t from '../db/schema';
import type { Db, Executor } from '../db/types';

/**
 * SQL building blocks shared by the statistics. Every figure is an aggregate computed by PostgreSQL
 * (PGlite and PostgreSQL 15 alike); results are cast in SQL (`::int`, `::float8`, `::text`) so that both
 * drivers answer the same JavaScript types.
 */

export type Condition = SQL | undefined;

/** A member's scope, or no restriction. */
export const scoped = (condition: Condition): SQL => condition ?? sql`true`;

/**
 * Runs the queries of one statistics answer in a read-only transaction: every figure of the answer
 * comes from one snapshot (REPEATABLE READ), and PostgreSQL's JIT compiler is off for them. The
 * planner's cost estimates of these aggregates (a `generate_series` counts as 1,000 rows, 1.1 million
 * activity rows) pass `jit_above_cost`, and compiling took 15 to 320 ms per query at national scale, more
 * than running it. `set local` ends with the transaction: the pool's other users keep their settings.
 */
export function readStats<T>(db: Db, run: (tx: Executor) => Promise<T>): Promise<T> {
  return db.transaction(
    async (tx) => {
      await tx.execute(sql`set local jit = off`);
      return run(tx);
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

/**
 * Runs queries one after the other and answers their results in order. An answer's queries share one
 * transaction (`readStats`), thus one connection, which runs one query at a time anyway; node-postgres
 * deprecates sending it a query while another runs (what `Promise.all` would do).
 */
export async function inOrder<const T extends readonly (() => Promise<unknown>)[]>(
  ...runs: T
): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  const out: unknown[] = [];
  for (const run of runs) out.push(await run());
  return out as { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };
}

/** Runs a query and answers its rows. */
export async function rows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** `expr in ('a', 'b')` with bound values; `false` for an empty list. */
export function inList(expr: SQL | AnyPgColumn, values: readonly string[]): SQL {
  if (!values.length) return sql`false`;
  return sql`${expr} in (${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;
}

export const date = (iso: string) => sql`${iso}::date`;

// --- Hires --------------------------------------------------------------------------------------

/**
 * One person behind hire rows: the RPPS when known (a doctor who moves from one centre or contract to
 * another is one person), else the hire itself.
 */
export const personOfHire = sql`coalesce(${t.hires.rpps}, 'hire-' || ${t.hires.id}::text)`;

/** A hire row that counts toward the target under the rule. */
export function countedHire(rule: CountingRule): SQL {
  return sql`(${inList(t.hires.profession, rule.professions)} and ${inList(t.hires.contract, rule.contracts)})`;
}

/** A hire row in post on a day: started on or before it, not ended before it (the end day is worked). */
export function hireInPost(on: string): SQL {
  return sql`(${t.hires.startOn} <= ${date(on)} and (${t.hires.endOn} is null or ${t.hires.endOn} >= ${date(on)}))`;
}

// --- Centres and members ------------------------------------------------------------------------

/**
 * A centre open on a day: past the project and works stages, opened on or before it, and not closed —
 * closed on its closing day, or, when no closing day is recorded, when its status is `ferme`.
 * A suspended centre is still counted as open (a suspension is temporary).
 */
export function centreOpen(on: SQL): SQL {
  return sql`(${t.centres.status} not in ('projet', 'travaux') and ${t.centres.openedOn} <= ${on}
    and (case when ${t.centres.closedOn} is not null then ${t.centres.closedOn} > ${on} else ${t.centres.status} <> 'ferme' end))`;
}

/** A member on a day: past its application (`candidat`), joined, and not withdrawn yet. */
export function memberActive(on: string): SQL {
  return sql`(${t.members.status} <> 'candidat' and ${t.members.joinedOn} <= ${date(on)}
    and (case when ${t.members.leftOn} is not null then ${t.members.leftOn} > ${date(on)} else ${t.members.status} <> 'retire' end))`;
}

// --- Applications -------------------------------------------------------------------------------

/** Position of a stage in the funnel (0 = received … 4 = accepted); outcomes rank as received. */
export function funnelRank(stage: SQL): SQL {
  const cases = FUNNEL_STAGES.map((s, i) => `when '${s}' then ${i}`).join(' ');
  return sql`(case ${stage} ${sql.raw(cases)} else 0 end)`;
}

// --- Settings and targets -----------------------------------------------------------------------

/** The counting rule: clinicians, on the contracts of the `countedContracts` setting (default: CDI). */
export async function loadCountingRule(db: Executor): Promise<CountingRule> {
  const [row] = await db.select({ value: t.settings.value }).from(t.settings).where(eq(t.settings.key, COUNTED_CONTRACTS_SETTING));
  const value = row?.value;
  const known = (v: unknown): v is Contract => typeof v === 'string' && (contracts.values as readonly string[]).includes(v);
  const chosen = Array.isArray(value) && value.every(known) ? [...new Set(value)] : [...DEFAULT_COUNTED_CONTRACTS];
  return { professions: [...COUNTED_PROFESSIONS], contracts: contracts.values.filter((c) => chosen.includes(c)) };
}

export async function loadTargets(db: Executor): Promise<YearTarget[]> {
  return db
    .select({ year: t.targets.year, professionals: t.targets.professionals, centres: t.targets.centres })
    .from(t.targets)
    .orderBy(t.targets.year);
}
