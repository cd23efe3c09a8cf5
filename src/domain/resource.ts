import type { z } from 'zod';
import type { Choice, Role } from './enums';

/**
 * One declarative description per resource: its fields (French label, kind, whether the API may sort,
 * filter and search on them), its write schema (zod, shared by the app's forms and the server), and
 * its access policy. The generic REST router, the permission checks, the screens and the tests read it.
 */
export type FieldKind =
  | 'id'
  | 'text'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'month'
  | 'enum'
  | 'enumList'
  | 'reference'
  | 'references'
  | 'json';

export interface FieldSpec {
  readonly label: string;
  readonly kind: FieldKind;
  /** May appear in `sort=["field","ASC"]`. */
  readonly sortable?: boolean;
  /** `eq`: `field=value` and `field=[…]` (IN); `range` adds `field_gte` / `field_lte`. */
  readonly filter?: 'eq' | 'range';
  /** Part of the accent- and case-insensitive `q` search. */
  readonly search?: boolean;
  /** For `reference` / `references`: the target resource. */
  readonly reference?: string;
  readonly choices?: readonly Choice<string | number>[];
  /** Computed by the server; never accepted from a client. */
  readonly readOnly?: boolean;
  /** Accepted from a client, never returned (a password). */
  readonly writeOnly?: boolean;
  /** For numbers: what they count, when screens should say it (`euro`: « 12 000 € »). */
  readonly unit?: 'euro';
}

/**
 * Who may do what. `all`: every record; `scoped`: only the records attached to the caller's member
 * (a `member` user); `none`: refused. Listed per role and per action.
 */
export type Access = 'all' | 'scoped' | 'none';
export type Action = 'read' | 'create' | 'update' | 'delete';
export type Policy = Readonly<Record<Role, Readonly<Record<Action, Access>>>>;

export interface ResourceDescription<
  Name extends string = string,
  Schema extends z.ZodType = z.ZodType,
> {
  readonly name: Name;
  readonly label: { readonly one: string; readonly many: string };
  readonly fields: Readonly<Record<string, FieldSpec>>;
  /** Validates a whole record as written (create, or the record as it will be after an update). */
  readonly schema: Schema;
  readonly defaultSort: readonly [string, 'ASC' | 'DESC'];
  /** How a record is named in references and titles. */
  readonly representation: readonly string[];
  /** When set, DELETE is refused with this message (e.g. a hire is ended, never deleted). */
  readonly deleteRefusal?: string;
  /**
   * Written by the server alone (the audit log): the API answers 405 to every write, with this message,
   * whatever the policy says, and the app offers no write.
   */
  readonly readOnly?: string;
  /**
   * Filters on what is not a field of the record but is computed from it (a hire's « situation »: in
   * post or ended, as of today); the server's binding gives their SQL. Specified like fields' filters.
   */
  readonly filters?: Readonly<Record<string, FieldSpec>>;
  /**
   * The field naming the record's author (a note's `authorId`): set by the server from the session when
   * the record is created (read-only, never taken from the client), and only that account may update or
   * delete the record afterwards (403 with `refusal`), whatever the policy lets its role do.
   */
  readonly author?: { readonly field: string; readonly refusal: string };
  readonly policy: Policy;
}

export function defineResource<const Name extends string, Schema extends z.ZodType>(
  description: ResourceDescription<Name, Schema>,
): ResourceDescription<Name, Schema> {
  return description;
}

export const sortableFields = (r: ResourceDescription) =>
  Object.keys(r.fields).filter((f) => r.fields[f].sortable);
export const searchFields = (r: ResourceDescription) =>
  Object.keys(r.fields).filter((f) => r.fields[f].search);

/** Read-only for everybody but the given writers. */
export function policy(rules: Partial<Record<Role, Partial<Record<Action, Access>>>>): Policy {
  const none = { read: 'none', create: 'none', update: 'none', delete: 'none' } as const;
  return {
    admin: { ...none, ...rules.admin },
    region: { ...none, ...rules.region },
    hr: { ...none, ...rules.hr },
    member: { ...none, ...rules.member },
  };
}
export const ALL = { read: 'all', create: 'all', update: 'all', delete: 'all' } as const;
export const READ = { read: 'all' } as const;
