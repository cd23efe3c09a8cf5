import { sql } from 'drizzle-orm';
import * as t from '../../db/schema';
import { binding } from './shared';

export const members = binding('members', {
  table: t.members,
  scope: (memberId) => sql`${t.members.id} = ${memberId}`,
  constraintMessages: { members_siren_unique: { field: 'siren', message: 'Ce SIREN est déjà celui d’un autre membre' } },
});
