import type { EmailEvent } from '../../../domain/enums';
import { templateProblem } from '../../../domain/mail-templates';
import * as t from '../../db/schema';
import { badRequest } from '../../errors';
import { binding } from './shared';

/**
 * The five templates (one per event, inserted by migration 0008_email_default_templates): read
 * and edited, never created nor deleted (the policy and `deleteRefusal`; POST answers 405 in
 * src/server/mail/routes.ts). Unknown or malformed variables are refused by the domain's schema; here,
 * against the stored event, a variable that event cannot fill (the interview's outside the invitation).
 */
export const emailTemplates = binding('email-templates', {
  table: t.emailTemplates,
  derive: (_input, before) => (before ? { updatedAt: new Date().toISOString() } : {}),
  async afterWrite(_tx, _id, input, before) {
    const event = before?.event as EmailEvent | undefined;
    for (const field of ['subject', 'body'] as const) {
      const problem = templateProblem(String(input[field] ?? ''), event);
      if (problem) throw badRequest(`Données invalides : ${field === 'subject' ? 'Objet' : 'Message'} — ${problem}`, { [field]: problem });
    }
  },
  referencedAs: { email_templates: 'des modèles de courriel' },
});
