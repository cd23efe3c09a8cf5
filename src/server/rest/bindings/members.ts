import { sql } from 'drizzle-orm';
import * as t from '../../db/schema';
import { binding, centresIn } from './shared';

export const members = binding('members', {
  table: t.members,
  scope: (memberId) => sql`${t.members.id} = ${memberId}`,
  // The members backing at least one centre of the department.
  departmentScope: (code) =>
    sql`${t.members.id} in (select ${t.centreMembers.memberId} from ${t.centreMembers} where ${t.centreMembers.centreId} in ${centresIn(code)})`,
  constraintMessages: { members_siren_unique: { field: 'siren', message: 'Ce SIREN est déjà celui d’un autre membre' } },
});
