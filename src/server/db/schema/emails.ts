import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { emailEvents, emailStatuses } from '../../../domain/enums';
import type { EmailAttachment } from '../../../domain/resources/emails';
import { applications } from './applications';
import { candidates } from './candidates';
import { createdAt, idColumn, oneOf, version } from './columns';

const moment = () => timestamp({ withTimezone: true, mode: 'string' });

/** The five e-mail templates, one per event (the rows come with migration 0008_email_default_templates; HR edits their text). */
export const emailTemplates = pgTable(
  'email_templates',
  {
    id: idColumn(),
    version: version(),
    event: text().notNull(),
    subject: text().notNull(),
    body: text().notNull(),
    updatedAt: moment().notNull().defaultNow(),
  },
  (t) => [uniqueIndex('email_templates_event_unique').on(t.event), check('email_templates_event_check', oneOf(t.event, emailEvents.values))],
);

/**
 * The outbox: one row per message to a candidate, sent by the worker (src/server/mail/worker.ts).
 * `nextAttemptAt` is when a waiting message is next due (now when queued; later after a failure).
 */
export const emails = pgTable(
  'emails',
  {
    id: idColumn(),
    version: version(),
    // « to » is an SQL keyword: the column says what it holds.
    to: text('to_address').notNull(),
    subject: text().notNull(),
    body: text().notNull(),
    candidateId: integer()
      .notNull()
      .references(() => candidates.id),
    applicationId: integer().references(() => applications.id),
    event: text(),
    attachments: jsonb().$type<EmailAttachment[]>().notNull().default(sql`'[]'::jsonb`),
    status: text().notNull().default('en_attente'),
    attempts: integer().notNull().default(0),
    lastError: text(),
    nextAttemptAt: moment().notNull().defaultNow(),
    sentAt: moment(),
    createdAt: createdAt(),
  },
  (t) => [
    check('emails_status_check', oneOf(t.status, emailStatuses.values)),
    check('emails_event_check', sql`${t.event} is null or ${oneOf(t.event, emailEvents.values)}`),
    check('emails_attempts_check', sql`${t.attempts} >= 0`),
    check('emails_sent_check', sql`(${t.status} = 'envoye') = (${t.sentAt} is not null)`),
    // What the worker claims: the waiting messages, soonest due first.
    index('emails_due_idx').on(t.nextAttemptAt, t.id).where(sql`${t.status} = 'en_attente'`),
    index('emails_candidate_idx').on(t.candidateId, t.createdAt),
    index('emails_application_idx').on(t.applicationId),
    index('emails_created_idx').on(t.createdAt, t.id),
  ],
);
