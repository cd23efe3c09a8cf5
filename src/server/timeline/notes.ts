import { eq } from 'drizzle-orm';
import { toParisIso } from '../../domain/datetime';
import * as t from '../db/schema';
import { applicationsInfo } from '../rest/bindings';
import type { TimelineSource } from './types';

/** The candidate's notes, with their author's name. */
export const notes: TimelineSource = {
  name: 'notes',
  async entries(db, candidateId) {
    const rows = await db
      .select({ id: t.notes.id, applicationId: t.notes.applicationId, body: t.notes.body, createdAt: t.notes.createdAt, author: t.users.name, authorId: t.notes.authorId })
      .from(t.notes)
      .innerJoin(t.users, eq(t.users.id, t.notes.authorId))
      .where(eq(t.notes.candidateId, candidateId));
    const info = await applicationsInfo(db, rows.flatMap((r) => (r.applicationId ? [r.applicationId] : [])));
    return rows.map((r) => ({
      key: `note-${r.id}`,
      kind: 'note',
      at: toParisIso(new Date(r.createdAt)),
      allDay: false,
      by: r.author,
      applicationId: r.applicationId,
      positionLabel: r.applicationId ? (info.get(r.applicationId)?.positionLabel ?? null) : null,
      record: { resource: 'notes', id: r.id },
      data: { body: r.body, authorId: r.authorId },
    }));
  },
};
