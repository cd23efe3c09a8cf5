import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { fieldErrorsOf, type FieldErrors } from '../../../domain/field-errors';
import type { PasswordHasher } from '../../auth/passwords';
import { recordAudit } from '../../audit';
import type { Db, Executor } from '../../db/types';
import { badRequest, conflict, forbidden, notFound } from '../../errors';
import { columnOf, own, type ApiRecord, type Binding } from '../bindings';
import { translateErrors } from './db-errors';
import { forgetCounts, getRecord, toDbValue } from './reads';

/** Writes of any resource, driven by its binding: validated, versioned, audited, in one transaction each. */

/** Who acts (for the audit trail), with the services a write may need. */
export interface Actor {
  userId: number | null;
  passwords?: PasswordHasher;
}

/** Runs a write, then forgets the cached totals (also when it fails: it may have been partly seen). */
async function forgettingCounts<T>(db: object, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } finally {
    forgetCounts(db);
  }
}

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

/** Validates a record with the resource's schema; a 400 lists each field's message. */
export function validate(b: Binding, input: unknown): Record<string, unknown> {
  const result = (b.resource.schema as z.ZodType<Record<string, unknown>>).safeParse(input);
  const errors = result.success ? outOfRange(b, result.data) : fieldErrorsOf(result.error.issues);
  if (result.success && !Object.keys(errors).length) return result.data;
  const first = Object.entries(errors)[0];
  const message = first ? `Données invalides : ${own(b.resource.fields, first[0])?.label ?? first[0]} — ${first[1]}` : 'Données invalides';
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

/**
 * Keys no record has, which every object inherits (`__proto__`, `constructor`, `toString`…, and
 * `prototype`): a body that sends one is refused rather than have it looked up on Object.prototype.
 */
const inherited = (key: string) => key in Object.prototype || key === 'prototype';

/**
 * The fields a client may send: the description's own fields (never an inherited property: `fields
 * ['__proto__']` is Object.prototype), minus read-only ones; other keys are ignored, those that name an
 * inherited property refused (400). The result has no prototype, so that no key can set one.
 */
function writable(b: Binding, body: Record<string, unknown>) {
  const out: Record<string, unknown> = Object.create(null);
  for (const [field, value] of Object.entries(body)) {
    const spec = own(b.resource.fields, field);
    if (!spec && inherited(field)) throw badRequest(`Champ « ${field.slice(0, 40)} » inconnu`, { [field]: 'Champ inconnu' });
    if (spec && !spec.readOnly && field !== 'id') out[field] = value;
  }
  return { ...out };
}

/** The write's entry in the audit trail, inside its transaction. */
function audit(tx: Executor, actor: Actor, action: 'create' | 'update' | 'delete', b: Binding, id: number, before?: ApiRecord, after?: ApiRecord) {
  return recordAudit(tx, { userId: actor.userId, action, resource: b.resource.name, recordId: id, before, after });
}

/** The columns a create sets from the session: the record's author (`author` of the description), never the client's. */
function authored(b: Binding, actor: Actor): Record<string, unknown> {
  return b.resource.author ? { [b.resource.author.field]: actor.userId } : {};
}

/** Only its author updates or deletes an authored record (403, audited like any refusal). */
async function checkAuthor(db: Db, b: Binding, actor: Actor, action: 'update' | 'delete', before: ApiRecord) {
  const author = b.resource.author;
  if (!author || before[author.field] === actor.userId) return;
  await recordAudit(db, { userId: actor.userId, action: 'denied', resource: b.resource.name, recordId: before.id, after: { action } });
  throw forbidden(author.refusal);
}

export async function createRecord(db: Db, b: Binding, body: Record<string, unknown>, actor: Actor): Promise<ApiRecord> {
  const input = validate(b, writable(b, body));
  const prepared = { ...authored(b, actor), ...(await b.prepare?.(input, actor)) };
  return forgettingCounts(db, () => translateErrors(b, 'write', () =>
    db.transaction(async (tx) => {
      const [{ id }] = (await tx.insert(b.table).values({ ...rowValues(b, input), ...prepared } as never).returning({ id: b.table.id })) as { id: number }[];
      await b.afterWrite?.(tx, id, { ...input, ...b.derive?.(input) }, undefined, actor);
      const after = await getRecord(tx, b, id);
      await audit(tx, actor, 'create', b, id, undefined, after);
      return after;
    }),
  ));
}

/** The 400 of a PUT that does not say which version of the record it changes. */
export const VERSION_REQUIRED = 'Version attendue : rechargez l’enregistrement';

/**
 * Updates a record. The body must carry the `version` it was read at (400 otherwise: a write that does
 * not say what it changes would overwrite silently); a `version` that is not the current one is
 * refused with 409, and so is a concurrent write that lands between our read and our update. The body
 * is laid over the current record, so a partial body keeps the other fields; the result is validated whole.
 */
export async function updateRecord(db: Db, b: Binding, id: number, body: Record<string, unknown>, actor: Actor, scope?: SQL): Promise<ApiRecord> {
  const before = await getRecord(db, b, id, scope);
  await checkAuthor(db, b, actor, 'update', before);
  const given = own(body, 'version');
  if (given === undefined || given === null || given === '') throw badRequest(`Données invalides : ${VERSION_REQUIRED}`, { version: VERSION_REQUIRED });
  const version = typeof given === 'number' ? given : typeof given === 'string' && /^\d{1,9}$/.test(given) ? Number(given) : NaN;
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
      await b.afterWrite?.(tx, id, { ...input, ...b.derive?.(input, before) }, before, actor);
      const after = await getRecord(tx, b, id);
      await audit(tx, actor, 'update', b, id, before, after);
      return after;
    }),
  ));
}

export async function deleteRecord(db: Db, b: Binding, id: number, actor: Actor, scope?: SQL): Promise<ApiRecord> {
  const before = await getRecord(db, b, id, scope);
  await checkAuthor(db, b, actor, 'delete', before);
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
