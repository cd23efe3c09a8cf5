import { eq } from 'drizzle-orm';
import { NOTE_OTHER_CANDIDATE } from '../../../domain/resources/notes';
import * as t from '../../db/schema';
import { badRequest } from '../../errors';
import { binding } from './shared';

const UNKNOWN_APPLICATION = 'Candidature inconnue';

export const notes = binding('notes', {
  table: t.notes,
  // A note about an application is about that application's candidate: one of someone else's is refused.
  async afterWrite(tx, _id, input) {
    const applicationId = input.applicationId as number | null;
    if (!applicationId) return;
    const [application] = await tx.select({ candidateId: t.applications.candidateId }).from(t.applications).where(eq(t.applications.id, applicationId));
    if (!application) throw badRequest(UNKNOWN_APPLICATION, { applicationId: UNKNOWN_APPLICATION });
    if (application.candidateId !== input.candidateId) throw badRequest(NOTE_OTHER_CANDIDATE, { applicationId: NOTE_OTHER_CANDIDATE });
  },
  referencedAs: { notes: 'des notes' },
  constraintMessages: {
    notes_candidate_id_candidates_id_fk: { field: 'candidateId', message: 'Candidat·e inconnu·e' },
    notes_application_id_applications_id_fk: { field: 'applicationId', message: UNKNOWN_APPLICATION },
  },
});
