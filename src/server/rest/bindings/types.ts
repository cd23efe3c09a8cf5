import type { SQL } from 'drizzle-orm';
import type { HonoRequest } from 'hono';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { ResourceDescription } from '../../../domain/resource';
import type { Principal } from '../../auth/sessions';
import type { Db, Executor } from '../../db/types';
import type { Actor } from '../repository';

export type ApiRecord = Record<string, unknown> & { id: number };

/** Converts a field between its API form and its column form (e.g. `2024-03` ↔ `2024-03-01`). */
export interface Codec {
  toDb(value: unknown): unknown;
  fromDb(value: unknown): unknown;
}

/**
 * How one resource's description maps onto the database. Everything the generic router cannot
 * derive by name lives here: relations kept in other tables, computed columns, scoping to a member.
 */
export interface Binding {
  resource: ResourceDescription;
  table: PgTable & { id: AnyPgColumn; version?: AnyPgColumn };
  codecs?: Record<string, Codec>;
  /**
   * Columns of the table the generic repository never reads nor writes — not in lists, one record,
   * getMany, filters, sorts, searches nor the audit trail's before/after — even if a field of the
   * description came to bear their name (a document's bytes: served by their own route alone).
   */
  hiddenColumns?: readonly string[];
  /**
   * Creates a record from a request that is not a JSON body (a document: a multipart upload), instead
   * of the generic createRecord; the router has checked the caller's right to create first.
   */
  createFrom?(req: HonoRequest, db: Db, actor: Actor): Promise<ApiRecord>;
  /** Filters on fields that are not columns of the table (e.g. `memberIds`). */
  filters?: Record<string, (values: unknown[]) => SQL>;
  /** Adds the fields kept in other tables to a page of records, in one query. */
  attach?(db: Executor, records: ApiRecord[]): Promise<void>;
  /** Columns computed from the validated input (e.g. a centre's department from its commune). */
  derive?(input: Record<string, unknown>, before?: ApiRecord): Record<string, unknown>;
  /**
   * Shapes the records a reader is given, after they are read and attached: lists, one record and
   * getMany alike (the generic reads call it whenever they answer a reader). The audit log withholds
   * there the content of entries about records the reader may not read.
   */
  present?(db: Executor, records: ApiRecord[], reader: Principal): Promise<void>;
  /** Column values that take asynchronous work to compute from the input (a password hash). */
  prepare?(input: Record<string, unknown>, actor: Actor): Promise<Record<string, unknown>>;
  /**
   * Writes the fields kept in other tables, inside the write's transaction (`before` on an update), and
   * what follows from the write (a message queued, a position filled) in the name of `actor`.
   */
  afterWrite?(tx: Executor, id: number, input: Record<string, unknown>, before: ApiRecord | undefined, actor: Actor): Promise<void>;
  /** The records a `member` user may see: those attached to its member. */
  scope?(memberId: number): SQL;
  /** The records that belong to the centres of a department (the statistics' `?department=` filter). */
  departmentScope?(code: string): SQL;
  /**
   * The SQL tables this resource owns, named as users know them: a DELETE refused because rows of one
   * of them still point at the record says « Suppression impossible : … est utilisé par des centres ».
   */
  referencedAs?: Record<string, string>;
  /** Messages for constraint violations that say more than the generic one. */
  constraintMessages?: Record<string, { field?: string; message: string }>;
}
