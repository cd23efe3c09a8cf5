import * as t from '../../db/schema';
import { binding } from './shared';

/**
 * The outbox (src/server/mail/). Its list and records are served by src/server/mail/routes.ts, which adds
 * `delivery` (where a message stands for this server: « Non envoyé : aucun serveur SMTP configuré »
 * while no SMTP_URL is set) to what the generic reads give.
 */
export const emails = binding('emails', {
  table: t.emails,
  referencedAs: { emails: 'des courriels' },
});
