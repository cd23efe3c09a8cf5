import { sql } from 'drizzle-orm';
import * as t from '../../db/schema';
import { deliveryOf, smtpConfigured } from '../../mail/delivery';
import { binding } from './shared';

/**
 * The outbox (src/server/mail/). Each record carries `delivery`, where it stands in words for this
 * server: « Non envoyé : aucun serveur SMTP configuré » while no SMTP_URL is set.
 */
export const emails = binding('emails', {
  table: t.emails,
  async present(db, records) {
    const configured = smtpConfigured(db);
    for (const r of records) r.delivery = deliveryOf(r as never, configured);
  },
  scope: () => sql`false`,
  referencedAs: { emails: 'des courriels' },
});
