import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, smallint, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { memberKinds, memberStatuses } from '../../../domain/enums';
import { idColumn, version, day, oneOf } from './columns';
import { folded } from './folded';

export const members = pgTable(
  'members',
  {
    id: idColumn(),
    version: version(),
    name: text().notNull(),
    college: smallint().notNull(),
    kind: text().notNull(),
    siren: text(),
    departmentCode: text(),
    joinedOn: day().notNull(),
    leftOn: day(),
    status: text().notNull(),
    contribution: integer().notNull().default(0),
    contactName: text(),
    contactEmail: text(),
    contactPhone: text(),
  },
  (t) => [
    check('members_college_check', sql`${t.college} between 1 and 4`),
    check('members_kind_check', oneOf(t.kind, memberKinds.values)),
    check('members_status_check', oneOf(t.status, memberStatuses.values)),
    check('members_siren_check', sql`${t.siren} ~ '^[0-9]{9}$'`),
    check('members_contribution_check', sql`${t.contribution} >= 0`),
    uniqueIndex('members_siren_unique').on(t.siren),
    index('members_name_idx').on(folded(t.name), t.id),
    index('members_college_idx').on(t.college),
    index('members_kind_idx').on(t.kind),
    index('members_department_idx').on(t.departmentCode),
    index('members_joined_idx').on(t.joinedOn),
    index('members_status_idx').on(t.status),
  ],
);
