import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { roles } from '../../../domain/enums';
import { idColumn, version, createdAt, oneOf } from './columns';
import { folded } from './folded';
import { members } from './members';

export const users = pgTable(
  'users',
  {
    id: idColumn(),
    version: version(),
    email: text().notNull(),
    name: text().notNull(),
    role: text().notNull(),
    memberId: integer().references(() => members.id),
    active: boolean().notNull().default(true),
    passwordHash: text(),
    createdAt: createdAt(),
  },
  (t) => [
    check('users_role_check', oneOf(t.role, roles.values)),
    check('users_member_check', sql`(${t.role} = 'member') = (${t.memberId} is not null)`),
    uniqueIndex('users_email_unique').on(t.email),
    index('users_name_idx').on(folded(t.name), t.id),
    index('users_member_idx').on(t.memberId),
  ],
);
