import { bigint, check, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { auditActions } from '../../../domain/enums';
import { oneOf } from './columns';
import { users } from './users';

export const auditEntries = pgTable(
  'audit_entries',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    userId: integer().references(() => users.id),
    action: text().notNull(),
    resource: text().notNull(),
    recordId: integer(),
    before: jsonb(),
    after: jsonb(),
  },
  (t) => [
    check('audit_entries_action_check', oneOf(t.action, auditActions.values)),
    index('audit_entries_at_idx').on(t.at, t.id),
    index('audit_entries_user_idx').on(t.userId, t.at),
    index('audit_entries_resource_idx').on(t.resource, t.recordId),
    index('audit_entries_action_idx').on(t.action, t.at),
  ],
);
