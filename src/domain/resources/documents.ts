import { z } from 'zod';
import { documentKinds } from '../enums';
import { ALL, defineResource, policy } from '../resource';
import { enumOf, id, nullable } from '../schemas';

/**
 * A candidate's file (CV, letter, diploma…): its description only. The bytes stay in the database
 * (`documents.content`) and leave it through `GET /api/documents/<id>/file` alone, as an attachment.
 * Created only by an upload (`POST /api/documents`, multipart: src/server/files/routes.ts); an update
 * may change `kind` and `applicationId` (of the same candidate), never the file nor its candidate.
 */
export const documentSchema = z.object({
  candidateId: id,
  applicationId: nullable(id),
  kind: enumOf(documentKinds.values),
});

/** A document stays with the candidate it was uploaded for. */
export const DOCUMENT_CANDIDATE_FIXED = 'Un document reste attaché à la personne pour laquelle il a été déposé';
/** The application a document is tied to must be one of its candidate's. */
export const DOCUMENT_APPLICATION_OTHER = 'Cette candidature n’est pas celle de cette personne';

export const documents = defineResource({
  name: 'documents',
  label: { one: 'Document', many: 'Documents' },
  fields: {
    id: { label: 'N°', kind: 'id', sortable: true, filter: 'eq' },
    candidateId: { label: 'Candidat·e', kind: 'reference', reference: 'candidates', sortable: true, filter: 'eq' },
    applicationId: { label: 'Candidature', kind: 'reference', reference: 'applications', filter: 'eq' },
    kind: { label: 'Type de document', kind: 'enum', choices: documentKinds.choices, sortable: true, filter: 'eq' },
    fileName: { label: 'Nom du fichier', kind: 'text', sortable: true, search: true, readOnly: true },
    mediaType: { label: 'Format', kind: 'text', readOnly: true },
    size: { label: 'Taille', kind: 'integer', sortable: true, readOnly: true },
    sha256: { label: 'Empreinte SHA-256', kind: 'text', readOnly: true },
    createdAt: { label: 'Déposé le', kind: 'datetime', sortable: true, filter: 'range', readOnly: true },
    version: { label: 'Version', kind: 'integer', readOnly: true },
  },
  schema: documentSchema,
  defaultSort: ['createdAt', 'DESC'],
  representation: ['fileName'],
  // Personal data, like the candidates they belong to.
  policy: policy({ admin: ALL, hr: ALL }),
});
