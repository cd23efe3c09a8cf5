import { eq } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { ResourceName } from '../../../domain/resources';
import { activities } from './activities';
import { applications } from './applications';
import { audit } from './audit';
import { candidates } from './candidates';
import { centres } from './centres';
import { documents } from './documents';
import { emailTemplates } from './email-templates';
import { emails } from './emails';
import { hires } from './hires';
import { interviewFeedback } from './interview-feedback';
import { interviews } from './interviews';
import { members } from './members';
import { notes } from './notes';
import { positions } from './positions';
import { targets } from './targets';
import { users } from './users';
import type { Binding } from './types';

export type { ApiRecord, Binding, Codec } from './types';

/** Each resource's binding (one file per resource in this folder). */
export const bindings: Record<ResourceName, Binding> = { members, centres, positions, candidates, applications, documents, hires, activities, targets, users, audit,
  interviews, 'interview-feedback': interviewFeedback, notes, emails, 'email-templates': emailTemplates };

/** The SQL expression behind an API field, or undefined when the field is not a column. */
export function columnOf(b: Binding, field: string): AnyPgColumn | undefined {
  // Own properties only: a client's « constructor » must not find the table's class (issue 13, 7).
  // A hidden column (a document's bytes) is no column here: every generic read and write goes
  // through this function, so none of them can select, filter, sort on or write it.
  if (b.hiddenColumns?.includes(field)) return undefined;
  return Object.hasOwn(b.table, field) ? (b.table as unknown as Record<string, AnyPgColumn>)[field] : undefined;
}

/** `record[key]` when `key` is the record's own property, never an inherited one (`__proto__`, `constructor`, `toString`). */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

export const idIs = (b: Binding, id: number) => eq(b.table.id, id);

/** Each application's candidate and position label, for the timeline and the statistics (imported through this index, never from the binding's module: see calendar.ts). */
export { applicationsInfo } from './interviews';
