import { and, asc, count, desc, eq, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { searchFields } from '../../../domain/resource';
import { fold } from '../../../domain/text';
import type { Principal } from '../../auth/sessions';
import { folded } from '../../db/schema';
import type { Executor } from '../../db/types';
import { badRequest, notFound } from '../../errors';
import { forgetStats } from '../../stats/cache';
import { columnOf, own, type ApiRecord, type Binding } from '../bindings';
import type { Filter, ListQuery } from '../query';

/** Reads of any resource, driven by its binding: lists (filters, search, sort, pages, totals) and records by id. */

export function fieldsAsColumns(b: Binding) {
  const out: Record<string, AnyPgColumn> = {};
  for (const field of Object.keys(b.resource.fields)) {
    const column = columnOf(b, field);
    if (column) out[field] = column;
  }
  return out;
}

export function toApi(b: Binding, row: Record<string, unknown>): ApiRecord {
  if (b.codecs) for (const [field, codec] of Object.entries(b.codecs)) row[field] = codec.fromDb(row[field]);
  return row as ApiRecord;
}

export function toDbValue(b: Binding, field: string, value: unknown) {
  const codec = own(b.codecs, field);
  return codec ? codec.toDb(value) : value;
}

function filterCondition(b: Binding, f: Filter): SQL | undefined {
  const custom = own(b.filters, f.field);
  if (custom) return custom(f.op === 'in' ? f.values : [(f as { value: unknown }).value]);
  const column = columnOf(b, f.field);
  if (!column) throw badRequest(`Filtre impossible sur « ${f.field} »`);
  switch (f.op) {
    case 'eq':
      return f.value === null ? isNull(column) : eq(column, toDbValue(b, f.field, f.value));
    case 'in':
      return f.values.length ? inArray(column, f.values.map((v) => toDbValue(b, f.field, v))) : sql`false`;
    case 'gte':
      return gte(column, toDbValue(b, f.field, f.value));
    case 'lte':
      return lte(column, toDbValue(b, f.field, f.value));
  }
}

/** `q`: every word must appear, accent- and case-insensitively, in one of the searchable fields. */
function searchCondition(b: Binding, q: string): SQL | undefined {
  const columns = searchFields(b.resource)
    .map((f) => columnOf(b, f))
    .filter((c): c is AnyPgColumn => !!c);
  const words = fold(q).split(/\s+/).filter(Boolean).slice(0, 8);
  if (!columns.length || !words.length) return undefined;
  return and(
    ...words.map((word) => {
      const pattern = `%${word.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
      return or(...columns.map((c) => sql`${folded(c)} like ${pattern}`));
    }),
  );
}

export function whereOf(b: Binding, query: Pick<ListQuery, 'filters' | 'q'>, scope?: SQL): SQL | undefined {
  return and(scope, query.q ? searchCondition(b, query.q) : undefined, ...query.filters.map((f) => filterCondition(b, f)));
}

/** What a list is sorted on: the field's column, or for text its folded key (the one its index holds). */
function sortKeyOf(b: Binding, sort: ListQuery['sort']): AnyPgColumn | SQL {
  const column = columnOf(b, sort.field) ?? b.table.id;
  return own(b.resource.fields, sort.field)?.kind === 'text' ? folded(column) : column;
}

export function orderOf(b: Binding, sort: ListQuery['sort']): SQL[] {
  const dir = sort.order === 'desc' ? desc : asc;
  return [dir(sortKeyOf(b, sort)), dir(b.table.id)];
}

/**
 * The ids of one page, for a « deferred join » (listRecords reads their rows afterwards):
 *
 * - a list without search walks the sort index for ids alone: an index-only scan when the filters
 *   allow it, so that a deep page (`range=[50000,50024]`, ra-data-simple-rest only sends offsets)
 *   reads 50,000 index entries instead of 50,000 rows;
 * - a searched list collects all its matches first (through the trigram indexes) and sorts them. Left
 *   to itself, the planner walks the sort index and tests each row until the page is full, assuming
 *   that matches are spread evenly along the sort order; but a name searched in a list sorted by name
 *   has its matches bunched together (« martin » sorted by name: 60,000 rows folded and tested before
 *   the first match, 0.3 s). `offset 0` keeps the planner from merging the two steps back.
 */
export function pageIdsOf(db: Executor, b: Binding, query: ListQuery, where: SQL | undefined, range: { offset: number; limit: number }): SQL {
  if (!query.q)
    return db.select({ id: b.table.id }).from(b.table).where(where).orderBy(...orderOf(b, query.sort)).limit(range.limit).offset(range.offset).getSQL();
  const dir = sql.raw(query.sort.order);
  return sql`select id from (select ${b.table.id} as id, ${sortKeyOf(b, query.sort)} as sort_key from ${b.table} where ${where ?? sql`true`} offset 0) as matches
    order by sort_key ${dir}, id ${dir} limit ${range.limit} offset ${range.offset}`;
}

/**
 * Adds the fields kept in other tables; then, when the records go to a reader, lets the binding shape
 * them for that reader (`present`: what the audit log withholds). Internal reads (a write's before and
 * after) pass no reader and get the records whole.
 */
export async function attachAll(db: Executor, b: Binding, records: ApiRecord[], reader?: Principal) {
  if (b.attach) await b.attach(db, records);
  if (reader && b.present) await b.present(db, records, reader);
  return records;
}

/**
 * Exact totals of large lists, kept briefly. A page of a long list would otherwise pay a full
 * `count(*)` on every request (5 ms for 100,000 candidates on PostgreSQL, 1 s for a text search over
 * them; ten times that on PGlite), which is most of its cost. A total of at least COUNT_CACHE_MIN_ROWS
 * is kept COUNT_CACHE_MS per database and per query (the same SQL and parameters: same resource,
 * filters, search and scope); any write through this process clears the cache of its database. A total
 * can thus be up to COUNT_CACHE_MS old when another process (or a script) wrote meanwhile; smaller
 * totals are always counted. Totals stay exact counts, never estimates.
 */
export const COUNT_CACHE_MIN_ROWS = 10_000;
export const COUNT_CACHE_MS = 10_000;
const COUNT_CACHE_MAX_ENTRIES = 500;
const countCaches = new WeakMap<object, Map<string, { n: number; at: number }>>();

/** Forgets the cached totals of a database, and its cached statistics (after a write). */
export function forgetCounts(db: object) {
  countCaches.get(db)?.clear();
  forgetStats(db);
}

async function countOf(db: Executor, b: Binding, where: SQL | undefined): Promise<number> {
  const query = db.select({ n: count() }).from(b.table).where(where);
  const { sql: text, params } = query.toSQL();
  const key = JSON.stringify([text, params]);
  let cache = countCaches.get(db);
  const now = Date.now();
  const hit = cache?.get(key);
  if (hit && now - hit.at < COUNT_CACHE_MS) return hit.n;
  const [{ n }] = await query;
  if (n >= COUNT_CACHE_MIN_ROWS) {
    if (!cache) countCaches.set(db, (cache = new Map()));
    if (cache.size >= COUNT_CACHE_MAX_ENTRIES) cache.clear();
    cache.set(key, { n, at: now });
  }
  return n;
}

/** A page of records (or the records of a getMany); shaped for `reader` when one is given (see attachAll). */
export async function listRecords(db: Executor, b: Binding, query: ListQuery, scope?: SQL, reader?: Principal) {
  const where = whereOf(b, query, scope);
  const rows = await db
    .select(fieldsAsColumns(b))
    .from(b.table)
    .where(query.range ? sql`${b.table.id} in (${pageIdsOf(db, b, query, where, query.range)})` : where)
    .orderBy(...orderOf(b, query.sort));
  const records = await attachAll(db, b, rows.map((r) => toApi(b, r)), reader);
  // The total is known without counting when the page is the last one: shorter than asked and not
  // empty (or empty at offset 0). Otherwise an exact count, cached briefly for large lists (countOf).
  let total: number;
  if (!query.range) total = rows.length;
  else if (rows.length < query.range.limit && (rows.length > 0 || query.range.offset === 0)) total = query.range.offset + rows.length;
  else total = await countOf(db, b, where);
  return { records, total };
}

/**
 * « One record by id » as a prepared statement per database and resource, for callers who read every
 * row (no scope): PostgreSQL parses and plans it once per connection instead of on every request (twice
 * the statements per second through pgbench), and Drizzle builds its SQL once.
 */
const getStatements = new WeakMap<object, Map<string, { execute(values: { id: number }): Promise<Record<string, unknown>[]> }>>();

function getStatement(db: Executor, b: Binding) {
  let statements = getStatements.get(db);
  if (!statements) getStatements.set(db, (statements = new Map()));
  let statement = statements.get(b.resource.name);
  if (!statement) {
    statement = db
      .select(fieldsAsColumns(b))
      .from(b.table)
      .where(eq(b.table.id, sql.placeholder('id')))
      .prepare(`get_${b.resource.name}`) as unknown as NonNullable<typeof statement>;
    statements.set(b.resource.name, statement);
  }
  return statement;
}

/** One record by id, within `scope`; shaped for `reader` when one is given (see attachAll). */
export async function getRecord(db: Executor, b: Binding, id: number, scope?: SQL, reader?: Principal): Promise<ApiRecord> {
  const [row] = scope
    ? await db.select(fieldsAsColumns(b)).from(b.table).where(and(eq(b.table.id, id), scope))
    : await getStatement(db, b).execute({ id });
  if (!row) throw notFound(`${b.resource.label.one} n° ${id} introuvable`);
  const [record] = await attachAll(db, b, [toApi(b, row)], reader);
  return record;
}
