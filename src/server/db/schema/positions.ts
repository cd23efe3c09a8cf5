import { sql } from 'drizzle-orm';
import { boolean, check, doublePrecision, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { positionStatuses, professions } from '../../../domain/enums';
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
  },
  (t) => [
    check('positions_profession_check', oneOf(t.profession, professions.values)),
    check('positions_status_check', oneOf(t.status, positionStatuses.values)),
    check('positions_fte_check', sql`${t.fte} > 0 and ${t.fte} <= 1`),
    index('positions_centre_idx').on(t.centreId),
    index('positions_opened_idx').on(t.openedOn, t.id),
    index('positions_status_idx').on(t.status, t.openedOn),
    index('positions_profession_idx').on(t.profession),
    textSortIndex('positions_title_idx', t.title, t.id),
    trigramIndex('positions_title_trgm', t.title),
  ],
);
