import { sql } from 'drizzle-orm';
import { boolean, check, foreignKey, index, integer, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { centreStatuses } from '../../../domain/enums';
import { idColumn, version, day, oneOf, trigramIndex, textSortIndex } from './columns';
import { members } from './members';

export const centres = pgTable(
  'centres',
  {
    id: idColumn(),
    version: version(),
    name: text().notNull(),
    communeCode: text().notNull(),
    departmentCode: text().notNull(),
    address: text(),
    status: text().notNull(),
    plannedOpeningOn: day(),
    openedOn: day(),
    closedOn: day(),
    finess: text(),
    services: text().array().notNull().default(sql`'{}'::text[]`),
    priorityZone: boolean().notNull().default(false),
    parentCentreId: integer(),
    openingBudget: integer(),
  },
  (t) => [
    foreignKey({ columns: [t.parentCentreId], foreignColumns: [t.id], name: 'centres_parent_centre_id_fk' }),
    check('centres_status_check', oneOf(t.status, centreStatuses.values)),
    check('centres_commune_check', sql`${t.communeCode} ~ '^[0-9][0-9AB][0-9]{3}$'`),
    check('centres_opened_check', sql`${t.status} in ('projet','travaux') or ${t.openedOn} is not null`),
    check('centres_parent_check', sql`${t.parentCentreId} is null or ${t.parentCentreId} <> ${t.id}`),
    check('centres_budget_check', sql`${t.openingBudget} is null or ${t.openingBudget} >= 0`),
    uniqueIndex('centres_finess_unique').on(t.finess),
    textSortIndex('centres_name_idx', t.name, t.id),
    trigramIndex('centres_name_trgm', t.name),
    trigramIndex('centres_commune_trgm', t.communeCode),
    trigramIndex('centres_address_trgm', t.address),
    trigramIndex('centres_finess_trgm', t.finess),
    index('centres_commune_idx').on(t.communeCode),
    index('centres_department_idx').on(t.departmentCode),
    index('centres_status_idx').on(t.status),
    index('centres_planned_idx').on(t.plannedOpeningOn),
    index('centres_opened_idx').on(t.openedOn),
    index('centres_parent_idx').on(t.parentCentreId),
  ],
);

/** The members that back a centre (many-to-many). */
export const centreMembers = pgTable(
  'centre_members',
  {
    centreId: integer()
      .notNull()
      .references(() => centres.id, { onDelete: 'cascade' }),
    memberId: integer()
      .notNull()
      .references(() => members.id),
  },
  (t) => [primaryKey({ columns: [t.centreId, t.memberId] }), index('centre_members_member_idx').on(t.memberId, t.centreId)],
);
