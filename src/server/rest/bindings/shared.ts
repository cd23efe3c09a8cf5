import { sql } from 'drizzle-orm';
import { resourceByName, type ResourceName } from '../../../domain/resources';
import * as t from '../../db/schema';
import type { Binding, Codec } from './types';

/** A resource's binding, its description looked up by name. */
export function binding(name: ResourceName, rest: Omit<Binding, 'resource'>): Binding {
  return { resource: resourceByName[name], ...rest };
}

/** A month in the API (`2024-03`), its first day in the database (`2024-03-01`). */
export const month: Codec = {
  toDb: (v) => (typeof v === 'string' && /^\d{4}-\d{2}$/.test(v) ? `${v}-01` : v),
  fromDb: (v) => (typeof v === 'string' ? v.slice(0, 7) : v),
};

/** Centres backed by a member. */
export const centresOf = (memberId: number) =>
  sql`(select ${t.centreMembers.centreId} from ${t.centreMembers} where ${t.centreMembers.memberId} = ${memberId})`;

/** The centres of a department. */
export const centresIn = (code: string) => sql`(select ${t.centres.id} from ${t.centres} where ${t.centres.departmentCode} = ${code})`;
