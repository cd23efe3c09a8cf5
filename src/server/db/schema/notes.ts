import { index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { idColumn, version, createdAt } from './columns';
import { candidates } from './candidates';
import { applications } from './applications';
import { users } from './users';

/** A note on a candidate (optionally about one of their applications), by its author. */
export const notes = pgTable(
  'notes',
  {
    id: idColumn(),
    version: version(),
    candidateId: integer()
      .notNull()
      .references(() => candidates.id),
    applicationId: integer().references(() => applications.id),
    body: text().notNull(),
    authorId: integer()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('notes_candidate_idx').on(t.candidateId, t.createdAt), index('notes_application_idx').on(t.applicationId)],
);
