import { sql, type SQL } from 'drizzle-orm';
import { date, index, integer, timestamp, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { folded } from './folded';

/** The columns every table is made of; every table a client writes has a `version` for optimistic concurrency. */
export const idColumn = () => integer().primaryKey().generatedAlwaysAsIdentity();
export const version = () => integer().notNull().default(1);
export const createdAt = () => timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow();
export const day = () => date({ mode: 'string' });

/** `col IN ('a','b',…)` built from a domain enum, for CHECK constraints. */
export function oneOf(column: AnyPgColumn, values: readonly string[]): SQL {
  return sql`${column} in (${sql.join(
    values.map((v) => sql.raw(`'${v.replace(/'/g, "''")}'`)),
    sql`, `,
  )})`;
}

/**
 * A trigram index (pg_trgm, GIN) on a column's folded key, for `q` searches (`folded(col) LIKE '%word%'`,
 * src/server/rest/repository.ts): the planner finds the matching rows without folding every row of the
 * table. A table's search uses the index only when every one of its search fields has one.
 */
export function trigramIndex(name: string, column: AnyPgColumn) {
  return index(name).using('gin', sql`${folded(column)} gin_trgm_ops`);
}

/**
 * The index a list sorted on a text field walks: (folded key, id), and the column itself, so that the
 * ids of a deep page (OFFSET) are read by an index-only scan (PostgreSQL uses one for an expression
 * only when the columns it is computed from are in the index too). Large tables only.
 */
export function textSortIndex(name: string, column: AnyPgColumn, id: AnyPgColumn) {
  return index(name).on(folded(column), id, column);
}
