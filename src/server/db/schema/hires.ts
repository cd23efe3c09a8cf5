import { sql } from 'drizzle-orm';
import { boolean, check, doublePrecision, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { contracts, professions } from '../../../domain/enums';
import { idColumn, version, day, oneOf, trigramIndex, textSortIndex } from './columns';
import { centres } from './centres';
import { applications } from './applications';

export const hires = pgTable(
  'hires',
  {
    id: idColumn(),
    version: version(),
    firstName: text().notNull(),
    lastName: text().notNull(),
    profession: text().notNull(),
    rpps: text(),
    centreId: integer()
      .notNull()
      .references(() => centres.id),
    contract: text().notNull(),
    fte: doublePrecision().notNull(),
    startOn: day().notNull(),
    endOn: day(),
    endReason: text(),
    msu: boolean().notNull().default(false),
    outOfHours: boolean().notNull().default(false),
    applicationId: integer().references(() => applications.id),
  },
  (t) => [
    check('hires_profession_check', oneOf(t.profession, professions.values)),
    check('hires_contract_check', oneOf(t.contract, contracts.values)),
    check('hires_fte_check', sql`${t.fte} > 0 and ${t.fte} <= 1`),
    check('hires_dates_check', sql`${t.endOn} is null or ${t.endOn} >= ${t.startOn}`),
    check('hires_rpps_check', sql`${t.rpps} ~ '^[0-9]{11}$'`),
    textSortIndex('hires_last_name_idx', t.lastName, t.id),
    textSortIndex('hires_first_name_idx', t.firstName, t.id),
    trigramIndex('hires_last_name_trgm', t.lastName),
    trigramIndex('hires_first_name_trgm', t.firstName),
    trigramIndex('hires_rpps_trgm', t.rpps),
    index('hires_centre_idx').on(t.centreId),
    index('hires_start_idx').on(t.startOn, t.id),
    index('hires_end_idx').on(t.endOn),
    index('hires_profession_idx').on(t.profession, t.startOn),
    index('hires_contract_idx').on(t.contract),
    index('hires_rpps_idx').on(t.rpps),
    index('hires_application_idx').on(t.applicationId),
  ],
);
