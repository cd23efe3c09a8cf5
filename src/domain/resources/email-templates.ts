import { z } from 'zod';
import { emailEvents } from '../enums';
import { templateProblem } from '../mail-templates';
import { defineResource, policy } from '../resource';
import { requiredText } from '../schemas';

/** A template text whose variables all exist and whose braces are whole (mail-templates.ts). */
const templateText = (max: number, multiline: boolean) =>
  requiredText(max, { multiline }).superRefine((text, ctx) => {
    const problem = templateProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/**
 * What HR writes of a template: its subject and body. The event is fixed (five templates, one per
 * event, put in every database by a migration): it is never written through the API, and a template is
 * neither created nor deleted. That a variable suits the event (the interview's only in an invitation)
 * is checked by the server against the stored event (bindings/email-templates.ts) and by the form.
 */
export const emailTemplateSchema = z.object({
  subject: templateText(200, false),
  body: templateText(10_000, true),
});

export const emailTemplates = defineResource({
  name: 'email-templates',
  label: { one: 'Modèle de courriel', many: 'Modèles de courriel' },
  fields: {
    id: { label: 'N°', kind: 'id', sortable: true, filter: 'eq' },
    event: { label: 'Événement', kind: 'enum', choices: emailEvents.choices, sortable: true, filter: 'eq', readOnly: true },
    subject: { label: 'Objet', kind: 'text', sortable: true, search: true },
    body: { label: 'Message', kind: 'text', search: true },
    updatedAt: { label: 'Modifié le', kind: 'datetime', sortable: true, readOnly: true },
    version: { label: 'Version', kind: 'integer', readOnly: true },
  },
  schema: emailTemplateSchema,
  defaultSort: ['id', 'ASC'],
  representation: ['event'],
  deleteRefusal: 'Les cinq modèles de courriel sont fixes : modifiez leur texte, ils ne se suppriment pas',
  policy: policy({ admin: { read: 'all', update: 'all' }, hr: { read: 'all', update: 'all' } }),
});
