import { eq, inArray } from 'drizzle-orm';
import { frenchDateTime } from '../../domain/datetime';
import { interviewCalendar, type InterviewEvent } from '../../domain/ics';
import * as t from '../db/schema';
import type { Executor } from '../db/types';
// Through the bindings' index: a binding module imported first, before the index, meets the index
// half-evaluated (reads.ts imports it) and Node refuses the uninitialised binding (TDZ).
import { bindings } from '../rest/bindings';
import { getRecord } from '../rest/repository';

/** The UID of an interview's event: the same for every version, so calendars update one event. */
export const interviewUid = (id: number) => `interview-${id}@maillage`;

/**
 * An interview's calendar event, read from the database: « Entretien — <poste> », the candidate and
 * the panel as attendees. The e-mail invitation (outbox) attaches `interviewCalendar(event)` built
 * from the same function, so the file downloaded and the one mailed are the same text.
 */
export async function interviewEvent(db: Executor, id: number, stamp: Date, organizer?: InterviewEvent['organizer']): Promise<InterviewEvent> {
  const interview = await getRecord(db, bindings.interviews, id);
  const [candidate] = await db
    .select({ firstName: t.candidates.firstName, lastName: t.candidates.lastName, email: t.candidates.email })
    .from(t.candidates)
    .where(eq(t.candidates.id, interview.candidateId as number));
  const panelIds = interview.panelUserIds as number[];
  const panel = panelIds.length
    ? await db.select({ name: t.users.name, email: t.users.email }).from(t.users).where(inArray(t.users.id, panelIds)).orderBy(t.users.name)
    : [];
  const position = String(interview.positionLabel ?? '');
  const who = candidate ? `${candidate.firstName} ${candidate.lastName}` : '';
  const start = new Date(String(interview.startsAt));
  return {
    uid: interviewUid(id),
    sequence: (interview.version as number) - 1,
    stamp,
    start,
    durationMinutes: interview.durationMinutes as number,
    summary: `Entretien — ${position}`,
    location: String(interview.location),
    description: [
      `Entretien de recrutement le ${frenchDateTime(start)} (heure de Paris), ${interview.durationMinutes} minutes.`,
      `Poste : ${position}`,
      who && `Candidat·e : ${who}`,
      panel.length ? `Jury : ${panel.map((p) => p.name).join(', ')}` : '',
      `Lieu : ${interview.location}`,
    ]
      .filter(Boolean)
      .join('\n'),
    cancelled: interview.status === 'annule',
    organizer,
    attendees: [...(candidate ? [{ name: who, email: candidate.email }] : []), ...panel],
  };
}

/** The .ics text of an interview (RFC 5545). */
export async function interviewIcs(db: Executor, id: number, stamp = new Date(), organizer?: InterviewEvent['organizer']) {
  return interviewCalendar(await interviewEvent(db, id, stamp, organizer));
}
