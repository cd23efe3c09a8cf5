import { eq } from 'drizzle-orm';
import { toParisIso } from '../../domain/datetime';
import * as t from '../db/schema';
import { applicationsInfo } from '../rest/bindings';
import type { TimelineSource } from './types';

/** The candidate's files: their kind and name, never their bytes (the columns are named one by one). */
export const documents: TimelineSource = {
  name: 'documents',
  async entries(db, candidateId) {
    const rows = await db
      .select({ id: t.documents.id, applicationId: t.documents.applicationId, kind: t.documents.kind, fileName: t.documents.fileName, size: t.documents.size, createdAt: t.documents.createdAt })
      .from(t.documents)
      .where(eq(t.documents.candidateId, candidateId));
    const info = await applicationsInfo(db, rows.flatMap((r) => (r.applicationId ? [r.applicationId] : [])));
    return rows.map((r) => ({
      key: `document-${r.id}`,
      kind: 'document',
      at: toParisIso(new Date(r.createdAt)),
      allDay: false,
      by: null,
      applicationId: r.applicationId,
      positionLabel: r.applicationId ? (info.get(r.applicationId)?.positionLabel ?? null) : null,
      record: { resource: 'documents', id: r.id },
      data: { documentKind: r.kind, fileName: r.fileName, size: r.size },
    }));
  },
};
