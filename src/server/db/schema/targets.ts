import { sql } from 'drizzle-orm';
import { check, integer, pgTable, uniqueIndex } from 'drizzle-orm/pg-core';
import { idColumn, version } from './columns';

export const targets = pgTable(
  'targets',
  {
    id: idColumn(),
    version: version(),
    year: integer().notNull(),
    professionals: integer().notNull(),
    centres: integer().notNull(),
  },
  (t) => [
    uniqueIndex('targets_year_unique').on(t.year),
    check('targets_counts_check', sql`${t.professionals} >= 0 and ${t.centres} >= 0`),
  ],
);
