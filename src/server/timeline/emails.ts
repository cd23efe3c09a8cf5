import { eq } from 'drizzle-orm';
import { toParisIso } from '../../domain/datetime';
import * as t from '../db/schema';
import { applicationsInfo } from '../rest/bindings';
import type { TimelineSource } from './types';

/** The messages of the outbox to the candidate: subject, event and status (sent, waiting, failed), dated when queued. */
export const emails: TimelineSource = {
  name: 'emails',
  async entries(db, candidateId) {
    const rows = await db
      .select({ id: t.emails.id, applicationId: t.emails.applicationId, subject: t.emails.subject, event: t.emails.event, status: t.emails.status, createdAt: t.emails.createdAt, sentAt: t.emails.sentAt })
      .from(t.emails)
      .where(eq(t.emails.candidateId, candidateId));
    const info = await applicationsInfo(db, rows.flatMap((r) => (r.applicationId ? [r.applicationId] : [])));
    return rows.map((r) => ({
      key: `email-${r.id}`,
      kind: 'email',
      at: toParisIso(new Date(r.createdAt)),
      allDay: false,
      by: null,
      applicationId: r.applicationId,
      positionLabel: r.applicationId ? (info.get(r.applicationId)?.positionLabel ?? null) : null,
      record: { resource: 'emails', id: r.id },
      data: { subject: r.subject, event: r.event, status: r.status, sentAt: r.sentAt },
    }));
  },
};
