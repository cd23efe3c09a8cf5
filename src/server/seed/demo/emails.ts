/**
 * The outbox's history in the demonstration: the messages the recruitment of the last year sent — the
 * acknowledgement of each application received, the invitation of each interview held or planned (with
 * its .ics), the answer to each refusal — rendered from the default templates with the same values as
 * real messages (mailContext), as sent (`envoye`) a minute after they were queued. Older applications
 * predate the outbox: they have none. Inserted after everything they speak of; no random draw.
 */
import { addDays } from '../../../domain/calendar';
import { parisLocalToIso } from '../../../domain/datetime';
import { ICS_MEDIA_TYPE } from '../../../domain/ics';
import type { EmailEvent } from '../../../domain/enums';
import { defaultTemplates, interviewValues, renderTemplate, type TemplateValues } from '../../../domain/mail-templates';
import * as t from '../../db/schema';
import type { Tx } from '../../db/types';
import { interviewIcs } from '../../interviews/calendar';
import { mailContext } from '../../mail/outbox';
import type { InterviewPlan } from './interviews';
import type { ApplicationPlan } from './recruitment';

/** How far back the outbox goes in the demonstration. */
const OUTBOX_SINCE_DAYS = 365;

interface Message {
  event: EmailEvent;
  application: number;
  /** When it was queued, ISO with France's offset. */
  at: string;
  values?: TemplateValues;
  interview?: number;
}

export function planEmails(today: string, applications: ApplicationPlan[], interviews: InterviewPlan[]): Message[] {
  const since = addDays(today, -OUTBOX_SINCE_DAYS);
  const recent = (k: number) => applications[k].history[0].on >= since;
  const messages: Message[] = [];
  applications.forEach((a, k) => {
    if (!recent(k)) return;
    messages.push({ event: 'candidature_recue', application: k, at: parisLocalToIso(a.history[0].on, '09:05') });
    const last = a.history.at(-1)!;
    if (last.stage === 'refusee') messages.push({ event: 'refus', application: k, at: parisLocalToIso(last.on, '16:30') });
  });
  interviews.forEach((i, n) => {
    if (i.status === 'annule' || !recent(i.application)) return;
    // Sent the day the application reached « entretien » (when HR plans it), at 11:00.
    const reached = applications[i.application].history.find((e) => e.stage === 'entretien')?.on ?? i.startsAt.slice(0, 10);
    const at = parisLocalToIso(reached < i.startsAt.slice(0, 10) ? reached : addDays(i.startsAt.slice(0, 10), -1), '11:00');
    messages.push({ event: 'invitation_entretien', application: i.application, at, values: interviewValues(i.startsAt, i.location), interview: n });
  });
  return messages.sort((a, b) => a.at.localeCompare(b.at) || a.application - b.application);
}

export async function insertEmails(tx: Tx, messages: Message[], applicationIds: number[], interviewIds: number[]) {
  for (let from = 0; from < messages.length; from += 200) {
    const rows = [];
    for (const m of messages.slice(from, from + 200)) {
      const context = await mailContext(tx, { applicationId: applicationIds[m.application] });
      const values = { ...context.values, ...m.values };
      const template = defaultTemplates[m.event];
      const queued = new Date(m.at);
      const attachments =
        m.interview === undefined
          ? []
          : [{ fileName: 'entretien.ics', mediaType: `${ICS_MEDIA_TYPE}; method=REQUEST`, content: await interviewIcs(tx, interviewIds[m.interview], queued) }];
      rows.push({
        to: context.to,
        subject: renderTemplate(template.subject, values),
        body: renderTemplate(template.body, values),
        candidateId: context.candidateId,
        applicationId: context.applicationId,
        event: m.event,
        attachments,
        status: 'envoye',
        attempts: 1,
        createdAt: queued.toISOString(),
        nextAttemptAt: queued.toISOString(),
        sentAt: new Date(queued.getTime() + 60_000).toISOString(),
      });
    }
    await tx.insert(t.emails).values(rows);
  }
}
