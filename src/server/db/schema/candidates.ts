import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { candidateSources, professions } from '../../../domain/enums';
import { idColumn, version, createdAt, day, oneOf, trigramIndex, textSortIndex } from './columns';

export const candidates = pgTable(
  'candidates',
  {
    id: idColumn(),
    version: version(),
    firstName: text().notNull(),
    lastName: text().notNull(),
    email: text().notNull(),
    phone: text(),
    profession: text().notNull(),
    rpps: text(),
    source: text().notNull(),
    consentUntil: day().notNull(),
    notes: text(),
    createdAt: createdAt(),
  },
  (t) => [
    check('candidates_profession_check', oneOf(t.profession, professions.values)),
    check('candidates_source_check', oneOf(t.source, candidateSources.values)),
    check('candidates_rpps_check', sql`${t.rpps} ~ '^[0-9]{11}$'`),
    uniqueIndex('candidates_email_unique').on(t.email),
    textSortIndex('candidates_email_idx', t.email, t.id),
    textSortIndex('candidates_last_name_idx', t.lastName, t.id),
    textSortIndex('candidates_first_name_idx', t.firstName, t.id),
    trigramIndex('candidates_last_name_trgm', t.lastName),
    trigramIndex('candidates_first_name_trgm', t.firstName),
    trigramIndex('candidates_email_trgm', t.email),
    trigramIndex('candidates_rpps_trgm', t.rpps),
    index('candidates_profession_idx').on(t.profession),
    index('candidates_source_idx').on(t.source),
    index('candidates_consent_idx').on(t.consentUntil),
    index('candidates_created_idx').on(t.createdAt),
    index('candidates_rpps_idx').on(t.rpps),
  ],
);
