import { ICS_MEDIA_TYPE } from '../../domain/ics';
import { interviewValues } from '../../domain/mail-templates';
import type { Executor } from '../db/types';
import { enqueueEmail } from '../mail/outbox';
import type { ApiRecord } from '../rest/bindings/types';
import type { Actor } from '../rest/repository';
import { interviewIcs } from './calendar';

/**
 * Whether a write of an interview sends the candidate an invitation: a new planned interview, or a
 * planned one moved (time, duration or place). Its .ics has the same UID and a higher SEQUENCE, so the
 * candidate's calendar moves the event. A cancellation sends nothing by itself: the invitation template
 * does not fit it, and HR tells the candidate in its own words (the .ics download says CANCEL).
 */
export function invitationDue(input: Record<string, unknown>, before: ApiRecord | undefined): boolean {
  if (input.status !== 'prevu') return false;
  if (!before || before.status !== 'prevu') return true;
  return (
    Date.parse(String(input.startsAt)) !== Date.parse(String(before.startsAt)) ||
    input.durationMinutes !== before.durationMinutes ||
    input.location !== before.location
  );
}

/** Queues the « invitation à un entretien » message with the interview's .ics, in the write's transaction. */
export async function queueInvitation(tx: Executor, interview: { id: number; applicationId: number; startsAt: string; location: string }, actor: Actor) {
  const ics = await interviewIcs(tx, interview.id);
  await enqueueEmail(
    tx,
    {
      event: 'invitation_entretien',
      applicationId: interview.applicationId,
      values: interviewValues(interview.startsAt, interview.location),
      attachments: [{ fileName: 'entretien.ics', mediaType: `${ICS_MEDIA_TYPE}; method=REQUEST`, content: ics }],
    },
    actor,
  );
}
