import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { consentChannels } from '../../../domain/consent';
import { idColumn, oneOf } from './columns';
import { candidates } from './candidates';

/**
 * Each consent a candidate gave: the version of the text agreed to (src/domain/consent.ts keeps every
 * text), when, and where (`formulaire_offre`: the public application form). Kept as proof (GDPR art. 7);
 * the GDPR screens build on it.
 */
export const consents = pgTable(
  'consents',
  {
    id: idColumn(),
    candidateId: integer()
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    version: text().notNull(),
    givenAt: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    channel: text().notNull(),
  },
  (t) => [
    // Which text: one of consentTexts (checked by the server; a new wording needs no migration).
    check('consents_version_check', sql`length(${t.version}) between 1 and 40`),
    check('consents_channel_check', oneOf(t.channel, consentChannels)),
    index('consents_candidate_idx').on(t.candidateId, t.givenAt),
  ],
);

/**
 * Applications sent from the public form per client address (`ip:<address>`) in the current window,
 * shared by every API process (like login_throttle): the form takes APPLICATIONS_PER_HOUR an hour.
 */
export const applicationThrottle = pgTable(
  'application_throttle',
  {
    key: text().primaryKey(),
    count: integer().notNull().default(0),
    windowStartedAt: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [check('application_throttle_count_check', sql`${t.count} >= 0`)],
);
