import { z } from 'zod';
import { ALL, defineResource, policy } from '../resource';
import { id, numberFrom, optionalText } from '../schemas';

/**
 * One panel member's feedback on an interview: a rating from 1 to 5 and a comment. Its author
 * (`userId`) is the signed-in account, set by the server; one per interview and person; only a member
 * of the interview's panel writes one, and only its author changes it. HR and administrators read all.
 */
export const interviewFeedbackSchema = z.object({
  interviewId: id,
  rating: numberFrom('Note de 1 à 5 attendue').pipe(z.number().int('Note entière de 1 à 5').min(1, 'Note de 1 à 5').max(5, 'Note de 1 à 5')),
  comment: optionalText(4000, { multiline: true }),
});

export const NOT_ON_PANEL = 'Seul un membre du jury de cet entretien peut donner son avis';

export const interviewFeedback = defineResource({
  name: 'interview-feedback',
  label: { one: 'Avis d’entretien', many: 'Avis d’entretien' },
  fields: {
    id: { label: 'N°', kind: 'id', sortable: true, filter: 'eq' },
    interviewId: { label: 'Entretien', kind: 'reference', reference: 'interviews', sortable: true, filter: 'eq' },
    userId: { label: 'Membre du jury', kind: 'reference', reference: 'users', readOnly: true, filter: 'eq' },
    rating: { label: 'Note (1 à 5)', kind: 'integer', sortable: true },
    comment: { label: 'Commentaire', kind: 'text' },
    createdAt: { label: 'Donné le', kind: 'datetime', sortable: true, readOnly: true },
    version: { label: 'Version', kind: 'integer', readOnly: true },
  },
  schema: interviewFeedbackSchema,
  defaultSort: ['createdAt', 'ASC'],
  representation: ['id'],
  author: { field: 'userId', refusal: 'Seul·e l’auteur·e de cet avis peut le modifier ou le supprimer' },
  policy: policy({ admin: ALL, hr: ALL }),
});
