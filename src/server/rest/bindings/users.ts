import { sql } from 'drizzle-orm';
import * as t from '../../db/schema';
import { binding } from './shared';

export const users = binding('users', {
  table: t.users,
  async prepare(input, actor) {
    if (typeof input.password !== 'string') return {};
    if (!actor.passwords) throw new Error('no password hasher');
    return { passwordHash: await actor.passwords.hash(input.password) };
  },
  scope: () => sql`false`,
  referencedAs: { users: 'des comptes utilisateurs' },
  constraintMessages: {
    users_email_unique: { field: 'email', message: 'Un compte a déjà cette adresse' },
    users_member_check: { field: 'memberId', message: 'Un compte « membre » est rattaché à un membre, et lui seul' },
  },
});
