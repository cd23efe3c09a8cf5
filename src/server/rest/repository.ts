import { and, asc, count, desc, eq, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { fold } from '../../domain/text';
import { searchFields } from '../../domain/resource';
import { auditEntries, folded } from '../db/schema';
import type { Db, Executor } from '../db/types';
import { badRequest, conflict, notFound, pgError, type FieldErrors } from '../errors';
import { bindings, columnOf, type ApiRecord, type Binding } from './bindings';
import type { Filter, ListQuery } from './query';
import type { PasswordHasher } from '../auth/passwords';
import { forgetStats } from '../stats/cache';

/**
 * Reads and writes of any resource, driven by its binding. The REST router is a thin HTTP layer over
 * these; stats and tests may call them too.
 */

/** Who acts (for the audit trail), with the services a write may need. */
export interface Actor {
  userId: number | null;
  passwords?: PasswordHasher;
}

export function fieldsAsColumns(b: Binding) {
  const out: Record<string, AnyPgColumn> = {};
  for (const field of Object.keys(b.resource.fields)) {
    const column = columnOf(b, field);
    if (column) out[field] = column;
  }
  return out;
}

function toApi(b: Binding, row: Record<string, unknown>): ApiRecord {
  if (b.codecs) for (const [field, codec] of Object.entries(b.codecs)) row[field] = codec.fromDb(row[field]);
  return row as ApiRecord;
}

function toDbValue(b: Binding, field: string, value: unknown) {
  return b.codecs?.[field] ? b.codecs[field].toDb(value) : value;
}

function filterCondition(b: Binding, f: Filter): SQL | undefined {
  const custom = b.filters?.[f.field];
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
  return b.resource.fields[sort.field]?.kind === 'text' ? folded(column) : column;
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

export async function attachAll(db: Executor, b: Binding, records: ApiRecord[]) {
  if (b.attach) await b.attach(db, records);
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

/** Runs a write, then forgets the cached totals (also when it fails: it may have been partly seen). */
async function forgettingCounts<T>(db: object, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } finally {
    forgetCounts(db);
  }
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

export async function listRecords(db: Executor, b: Binding, query: ListQuery, scope?: SQL) {
  const where = whereOf(b, query, scope);
  const rows = await db
    .select(fieldsAsColumns(b))
    .from(b.table)
    .where(query.range ? sql`${b.table.id} in (${pageIdsOf(db, b, query, where, query.range)})` : where)
    .orderBy(...orderOf(b, query.sort));
  const records = await attachAll(db, b, rows.map((r) => toApi(b, r)));
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

export async function getRecord(db: Executor, b: Binding, id: number, scope?: SQL): Promise<ApiRecord> {
  const [row] = scope
    ? await db.select(fieldsAsColumns(b)).from(b.table).where(and(eq(b.table.id, id), scope))
    : await getStatement(db, b).execute({ id });
  if (!row) throw notFound(`${b.resource.label.one} n° ${id} introuvable`);
  const [record] = await attachAll(db, b, [toApi(b, row)]);
  return record;
}

/** Validates a record with the resource's schema; a 400 lists each field's message. */
/** The range of PostgreSQL's integer columns, by Drizzle column type. */
const INTEGER_RANGES: Record<string, [number, number]> = {
  PgSmallInt: [-32_768, 32_767],
  PgInteger: [-2_147_483_648, 2_147_483_647],
};
const frenchNumber = (n: number) => n.toLocaleString('fr-FR');

/**
 * Numbers the schema accepts but the column cannot hold (an integer past 2,147,483,647): named on their
 * field, instead of the database's « out of range » (a 400 that did not say which field).
 */
function outOfRange(b: Binding, data: Record<string, unknown>): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, value] of Object.entries(data)) {
    if (typeof value !== 'number') continue;
    const column = columnOf(b, field) as (AnyPgColumn & { columnType?: string }) | undefined;
    const range = column?.columnType ? INTEGER_RANGES[column.columnType] : undefined;
    if (range && (value < range[0] || value > range[1]))
      errors[field] = value > range[1] ? `Nombre trop grand (au plus ${frenchNumber(range[1])})` : `Nombre trop petit (au moins ${frenchNumber(range[0])})`;
  }
  return errors;
}

export function validate(b: Binding, input: unknown): Record<string, unknown> {
  const result = (b.resource.schema as z.ZodType).safeParse(input);
  const errors: FieldErrors = {};
  if (result.success) {
    const data = result.data as Record<string, unknown>;
    Object.assign(errors, outOfRange(b, data));
    if (!Object.keys(errors).length) return data;
  } else
    for (const issue of result.error.issues) {
      const field = issue.path.length ? String(issue.path[0]) : '';
      if (field && !errors[field]) errors[field] = issue.message;
    }
  const first = Object.entries(errors)[0];
  const message = first ? `Données invalides : ${b.resource.fields[first[0]]?.label ?? first[0]} — ${first[1]}` : 'Données invalides';
  throw badRequest(message, errors);
}

function rowValues(b: Binding, input: Record<string, unknown>, before?: ApiRecord) {
  const values: Record<string, unknown> = {};
  const merged = { ...input, ...b.derive?.(input, before) };
  for (const [field, value] of Object.entries(merged)) {
    if (field === 'id' || field === 'version') continue;
    if (columnOf(b, field)) values[field] = toDbValue(b, field, value);
  }
  return values;
}

/** The fields a client may send: the description's, minus read-only ones. */
function writable(b: Binding, body: Record<string, unknown>) {
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(body))
    if (b.resource.fields[field] && !b.resource.fields[field].readOnly && field !== 'id') out[field] = value;
  return out;
}

async function audit(tx: Executor, actor: Actor, action: 'create' | 'update' | 'delete', b: Binding, id: number, before?: ApiRecord, after?: ApiRecord) {
  await tx.insert(auditEntries).values({ userId: actor.userId, action, resource: b.resource.name, recordId: id, before: before ?? null, after: after ?? null });
}

export async function createRecord(db: Db, b: Binding, body: Record<string, unknown>, actor: Actor): Promise<ApiRecord> {
  const input = validate(b, writable(b, body));
  const prepared = (await b.prepare?.(input, actor)) ?? {};
  return forgettingCounts(db, () => translateErrors(b, 'write', () =>
    db.transaction(async (tx) => {
      const [{ id }] = (await tx.insert(b.table).values({ ...rowValues(b, input), ...prepared } as never).returning({ id: b.table.id })) as { id: number }[];
      await b.afterWrite?.(tx, id, { ...input, ...b.derive?.(input) }, undefined);
      const after = await getRecord(tx, b, id);
      await audit(tx, actor, 'create', b, id, undefined, after);
      return after;
    }),
  ));
}

/**
 * Updates a record. The body is laid over the current record, so a partial body (updateMany) keeps
 * the other fields; the result is validated whole. A body whose `version` is not the current one is
 * refused with 409, and so is a concurrent write that lands between our read and our update.
 */
export async function updateRecord(db: Db, b: Binding, id: number, body: Record<string, unknown>, actor: Actor, scope?: SQL): Promise<ApiRecord> {
  const before = await getRecord(db, b, id, scope);
  const version = body.version === undefined || body.version === null ? (before.version as number) : Number(body.version);
  if (!Number.isInteger(version)) throw badRequest('Version invalide', { version: 'Nombre entier attendu' });
  if (version !== before.version) throw staleWrite(b);
  const input = validate(b, { ...writable(b, before), ...writable(b, body) });
  const prepared = (await b.prepare?.(input, actor)) ?? {};
  return forgettingCounts(db, () => translateErrors(b, 'write', () =>
    db.transaction(async (tx) => {
      const values = { ...rowValues(b, input, before), ...prepared, version: sql`${b.table.version} + 1` };
      const updated = await tx
        .update(b.table)
        .set(values as never)
        .where(and(eq(b.table.id, id), eq(b.table.version!, version)))
        .returning({ id: b.table.id });
      if (!updated.length) throw staleWrite(b);
      await b.afterWrite?.(tx, id, { ...input, ...b.derive?.(input, before) }, before);
      const after = await getRecord(tx, b, id);
      await audit(tx, actor, 'update', b, id, before, after);
      return after;
    }),
  ));
}

export async function deleteRecord(db: Db, b: Binding, id: number, actor: Actor, scope?: SQL): Promise<ApiRecord> {
  const before = await getRecord(db, b, id, scope);
  return forgettingCounts(db, () => translateErrors(b, 'delete', () =>
    db.transaction(async (tx) => {
      const deleted = await tx.delete(b.table).where(eq(b.table.id, id)).returning({ id: b.table.id });
      if (!deleted.length) throw notFound();
      await audit(tx, actor, 'delete', b, id, before, undefined);
      return before;
    }),
  ));
}

function staleWrite(b: Binding) {
  return conflict(
    `${b.resource.label.one} a été modifié par quelqu’un d’autre depuis son ouverture. Rechargez-le pour voir la dernière version : vos saisies n’ont pas été enregistrées.`,
  );
}

/**
 * How users name the records behind a foreign-key constraint (`<table>_…_fk`): the table's owner says it
 * (`referencedAs` of its binding); the longest table name wins (`centre_members_…` is not `centres_…`).
 */
function referencingName(constraint: string | undefined): string | undefined {
  const owned = Object.values(bindings).flatMap((b) => Object.entries(b.referencedAs ?? {}));
  const match = owned.filter(([table]) => constraint?.startsWith(`${table}_`)).sort(([x], [y]) => y.length - x.length)[0];
  return match?.[1];
}

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Turns constraint violations into 400/409 answers that say which field and why. */
async function translateErrors<T>(b: Binding, kind: 'write' | 'delete', run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const pg = pgError(error);
    if (!pg) throw error;
    const known = pg.constraint ? b.constraintMessages?.[pg.constraint] : undefined;
    const field =
      known?.field ??
      Object.keys(b.resource.fields)
        .filter((f) => f !== 'id' && pg.constraint?.includes(`_${snake(f)}_`))
        .sort((x, y) => y.length - x.length)[0];
    const errors = field ? { [field]: known?.message ?? 'Valeur refusée' } : undefined;
    switch (pg.code) {
      case '23503': {
        if (kind === 'delete') {
          throw conflict(
            `Suppression impossible : ${b.resource.label.one.toLowerCase()} est utilisé par ${referencingName(pg.constraint) ?? 'd’autres données'}.`,
          );
        }
        throw badRequest(known?.message ?? 'Référence inconnue', field ? { [field]: known?.message ?? 'Enregistrement inconnu' } : undefined);
      }
      case '23505':
        throw badRequest(known?.message ?? 'Cette valeur est déjà utilisée', field ? { [field]: known?.message ?? 'Déjà utilisé' } : undefined);
      case '23514':
      case '23502':
        throw badRequest(known?.message ?? 'Données refusées par une règle de cohérence', errors);
      case '22P02':
      case '22003':
      case '22007':
      case '22008':
        throw badRequest('Valeur invalide', errors);
      default:
        throw error;
    }
  }
}
