import { DOCUMENT_CANDIDATE_FIXED } from '../../../domain/resources/documents';
import * as t from '../../db/schema';
import { badRequest } from '../../errors';
import { checkDocumentApplication, uploadDocument } from '../../files/upload';
import { binding } from './shared';
import type { Binding } from './types';

/**
 * A candidate's files. The bytes (`content`) are hidden from the generic repository: lists, records,
 * getMany and the audit trail give the description alone; the file leaves through
 * `GET /api/documents/<id>/file` (src/server/files/routes.ts). Created by an upload only.
 */
export const documents: Binding = binding('documents', {
  table: t.documents,
  hiddenColumns: ['content'],
  createFrom: (req, db, actor) => uploadDocument(req, db, actor, documents),
  async afterWrite(tx, _id, input, before) {
    if (before && before.candidateId !== input.candidateId) throw badRequest(DOCUMENT_CANDIDATE_FIXED, { candidateId: DOCUMENT_CANDIDATE_FIXED });
    await checkDocumentApplication(tx, input.candidateId as number, input.applicationId);
  },
  referencedAs: { documents: 'des documents' },
});
