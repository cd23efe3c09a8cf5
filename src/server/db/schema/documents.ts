import { sql } from 'drizzle-orm';
import { check, customType, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { documentKinds } from '../../../domain/enums';
import { acceptedMediaTypes, MAX_DOCUMENT_BYTES } from '../../../domain/file-types';
import { idColumn, version, createdAt, oneOf } from './columns';
import { candidates } from './candidates';
import { applications } from './applications';

/**
 * Bytes in the database (`bytea`): one backup holds the files with the records that point to them, on
 * PGlite and PostgreSQL alike. node-postgres reads a Buffer, PGlite a Uint8Array: both are Uint8Arrays.
 */
const bytes = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/** A candidate's file (CV, letter, diploma…), optionally tied to one of their applications. */
export const documents = pgTable(
  'documents',
  {
    id: idColumn(),
    version: version(),
    candidateId: integer()
      .notNull()
      .references(() => candidates.id),
    applicationId: integer().references(() => applications.id),
    kind: text().notNull(),
    fileName: text().notNull(),
    mediaType: text().notNull(),
    size: integer().notNull(),
    sha256: text().notNull(),
    content: bytes().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    check('documents_kind_check', oneOf(t.kind, documentKinds.values)),
    check('documents_media_type_check', oneOf(t.mediaType, acceptedMediaTypes)),
    check('documents_size_check', sql`${t.size} > 0 and ${t.size} <= ${sql.raw(String(MAX_DOCUMENT_BYTES))} and ${t.size} = octet_length(${t.content})`),
    check('documents_sha256_check', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
    index('documents_candidate_idx').on(t.candidateId, t.createdAt),
    index('documents_application_idx').on(t.applicationId),
    index('documents_created_idx').on(t.createdAt, t.id),
  ],
);
