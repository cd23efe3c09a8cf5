import { eq } from 'drizzle-orm';
import { NOT_ON_PANEL } from '../../../domain/resources/interview-feedback';
import * as t from '../../db/schema';
import { badRequest, forbidden } from '../../errors';
import { onPanel } from './interviews';
import { binding } from './shared';

const MOVED = 'Un avis reste attaché à son entretien';

export const interviewFeedback = binding('interview-feedback', {
  table: t.interviewFeedback,
  // The author (`userId`) is the session's account (the description's `author`); here, in the write's
  // transaction, that account must sit on the interview's panel, or nothing is written.
  async afterWrite(tx, id, input, before) {
    if (before && before.interviewId !== input.interviewId) throw badRequest(MOVED, { interviewId: MOVED });
    const [row] = await tx.select({ userId: t.interviewFeedback.userId }).from(t.interviewFeedback).where(eq(t.interviewFeedback.id, id));
    if (!row || !(await onPanel(tx, input.interviewId as number, row.userId))) throw forbidden(NOT_ON_PANEL);
  },
  referencedAs: { interview_feedback: 'des avis d’entretien' },
  constraintMessages: {
    interview_feedback_unique: { field: 'interviewId', message: 'Vous avez déjà donné votre avis sur cet entretien : modifiez-le' },
    interview_feedback_interview_id_interviews_id_fk: { field: 'interviewId', message: 'Entretien inconnu' },
  },
});
