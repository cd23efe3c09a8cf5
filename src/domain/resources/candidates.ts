import { z } from 'zod';
import { candidateSources, professions } from '../enums';
import { ALL, defineResource, policy } from '../resource';
import { email, enumOf, isoDate, nullable, optionalText, phone, requiredText, rpps } from '../schemas';

/** Personal data: `hr` and `admin` only (GDPR data minimisation). */
export const candidateSchema = z.object({
  firstName: requiredText(100),
  lastName: requiredText(100),
  email,
  phone,
  profession: enumOf(professions.values),
  rpps: nullable(rpps),
  source: enumOf(candidateSources.values),
  consentUntil: isoDate,
  notes: optionalText(4000, { multiline: true }),
});

export const candidates = defineResource({
  name: 'candidates',
  label: { one: 'Candidat·e', many: 'Candidat·es' },
  fields: {
    id: { label: 'N°', kind: 'id', sortable: true, filter: 'eq' },
    lastName: { label: 'Nom', kind: 'text', sortable: true, search: true },
    firstName: { label: 'Prénom', kind: 'text', sortable: true, search: true },
    email: { label: 'Courriel', kind: 'text', sortable: true, search: true },
    phone: { label: 'Téléphone', kind: 'text' },
    profession: { label: 'Profession', kind: 'enum', choices: professions.choices, sortable: true, filter: 'eq' },
    rpps: { label: 'RPPS', kind: 'text', filter: 'eq', search: true },
    source: { label: 'Origine', kind: 'enum', choices: candidateSources.choices, sortable: true, filter: 'eq' },
    consentUntil: { label: 'Conservation jusqu’au', kind: 'date', sortable: true, filter: 'range' },
    notes: { label: 'Notes', kind: 'text' },
    createdAt: { label: 'Créé le', kind: 'datetime', sortable: true, filter: 'range', readOnly: true },
    version: { label: 'Version', kind: 'integer', readOnly: true },
  },
  schema: candidateSchema,
  defaultSort: ['lastName', 'ASC'],
  representation: ['firstName', 'lastName'],
  policy: policy({ admin: ALL, hr: ALL }),
});
