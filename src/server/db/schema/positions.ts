import { sql } from 'drizzle-orm';
import { boolean, check, doublePrecision, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { contracts, positionStatuses, professions } from '../../../domain/enums';
import { idColumn, version, day, oneOf, trigramIndex, textSortIndex } from './columns';
import { centres } from './centres';

export const positions = pgTable(
  'positions',
  {
    id: idColumn(),
    version: version(),
    centreId: integer()
      .notNull()
      .references(() => centres.id),
    profession: text().notNull(),
    title: text(),
    fte: doublePrecision().notNull(),
    status: text().notNull(),
    published: boolean().notNull().default(false),
    openedOn: day().notNull(),
    // The job ad: required to publish (domain/resources/positions.ts, publicationErrors), so nullable
    // here — positions published before ads existed keep their rows.
    description: text(),
    requirements: text(),
    contract: text(),
    salaryMin: integer(),
    salaryMax: integer(),
    plannedStartOn: day(),
    publishedOn: day(),
    closesOn: day(),
  },
  (t) => [
    check('positions_profession_check', oneOf(t.profession, professions.values)),
    check('positions_status_check', oneOf(t.status, positionStatuses.values)),
    check('positions_fte_check', sql`${t.fte} > 0 and ${t.fte} <= 1`),
    check('positions_contract_check', oneOf(t.contract, contracts.values)),
    check('positions_salary_check', sql`(${t.salaryMin} is null or ${t.salaryMin} > 0) and (${t.salaryMax} is null or ${t.salaryMax} > 0) and (${t.salaryMin} is null or ${t.salaryMax} is null or ${t.salaryMin} <= ${t.salaryMax})`),
    check('positions_closes_check', sql`${t.closesOn} is null or ${t.publishedOn} is null or ${t.closesOn} >= ${t.publishedOn}`),
    // The public offers (/offres): published, open, by closing date.
    index('positions_offers_idx').on(t.closesOn, t.publishedOn).where(sql`${t.published} and ${t.status} = 'ouvert'`),
    index('positions_centre_idx').on(t.centreId),
    index('positions_opened_idx').on(t.openedOn, t.id),
    index('positions_status_idx').on(t.status, t.openedOn),
    index('positions_profession_idx').on(t.profession),
    textSortIndex('positions_title_idx', t.title, t.id),
    trigramIndex('positions_title_trgm', t.title),
  ],
);
