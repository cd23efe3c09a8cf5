import { z } from 'zod';
import { ALL, defineResource, policy } from '../resource';
import { id, optionalId, requiredText } from '../schemas';

/**
 * A note on a candidate, optionally about one of their applications (the server checks it is theirs).
 * Its author is the signed-in account (set by the server, never by the client); only the author edits
 * or deletes it, so that nobody puts words under someone else's name. Every write is audited.
 */
export const noteSchema = z.object({
  candidateId: id,
  applicationId: optionalId,
  body: requiredText(4000, { multiline: true }),
});

export const NOTE_OTHER_CANDIDATE = 'Cette candidature n’est pas celle de ce·tte candidat·e';

export const notes = defineResource({
  name: 'notes',
  label: { one: 'Note', many: 'Notes' },
  fields: {
    id: { label: 'N°', kind: 'id', sortable: true, filter: 'eq' },
    candidateId: { label: 'Candidat·e', kind: 'reference', reference: 'candidates', sortable: true, filter: 'eq' },
    applicationId: { label: 'Candidature', kind: 'reference', reference: 'applications', filter: 'eq' },
    body: { label: 'Note', kind: 'text', search: true },
    authorId: { label: 'Auteur·e', kind: 'reference', reference: 'users', readOnly: true, filter: 'eq' },
    createdAt: { label: 'Écrite le', kind: 'datetime', sortable: true, filter: 'range', readOnly: true },
    version: { label: 'Version', kind: 'integer', readOnly: true },
  },
  schema: noteSchema,
  defaultSort: ['createdAt', 'DESC'],
  representation: ['id'],
  author: { field: 'authorId', refusal: 'Seul·e l’auteur·e de cette note peut la modifier ou la supprimer' },
  policy: policy({ admin: ALL, hr: ALL }),
});
