/**
 * The right of access (GDPR art. 15, issue 16 point 4): everything held on one candidate, in one
 * document. It reads through the resources' own bindings (listRecords: their attach, codecs and hidden
 * columns — a document's bytes are never selected), so what the export
 * holds is what the API serves, and a field added to a resource appears here too.
 */
import { and, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Principal } from '../auth/sessions';
import * as t from '../db/schema';
import type { Executor } from '../db/types';
import { bindings, type ApiRecord, type Binding } from '../rest/bindings';
import { applicationsInfo } from '../rest/bindings/interviews';
import { getRecord, listRecords } from '../rest/repository';

export const EXPORT_NOTICE =
  'Ce document rassemble toutes les données personnelles que le GIP « Ma santé, Ma Région » détient sur vous ' +
  '(droit d’accès, article 15 du RGPD) : votre identité et vos coordonnées, vos consentements, vos candidatures ' +
  'et leurs étapes, vos entretiens et les avis du jury, les notes des recruteur·rices, les courriels qui vous ont ' +
  'été adressés, la liste de vos documents (téléchargeables séparément) et l’historique des opérations faites sur ' +
  'votre dossier. Pour demander une rectification ou l’effacement de vos données, écrivez au service recrutement.';

export interface CandidateExport {
  generatedAt: string;
  notice: string;
  candidate: ApiRecord;
  consents: { id: number; version: string; givenAt: string; channel: string }[];
  applications: (ApiRecord & { positionLabel: string | null; stageHistory?: unknown })[];
  interviews: (ApiRecord & { panel: { id: number; name: string }[]; feedback: (ApiRecord & { userName: string | null })[] })[];
  notes: (ApiRecord & { authorName: string | null })[];
  emails: { id: number; to: string; subject: string; body: string; status: string; event: string | null; applicationId: number | null; createdAt: string; sentAt: string | null; attachments: string[] }[];
  documents: (ApiRecord & { downloadUrl: string })[];
  audit: ApiRecord[];
}

/** Every record of a resource matching these filters (`in`), whole, in the resource's default order. */
async function all(db: Executor, b: Binding, field: string, values: number[], reader?: Principal, scope?: SQL) {
  if (!values.length && !scope) return [];
  const [sortField, order] = b.resource.defaultSort;
  const filters = scope ? [] : [{ field, op: 'in' as const, values }];
  const { records } = await listRecords(db, b, { sort: { field: sortField, order: order === 'DESC' ? 'desc' : 'asc' }, filters }, scope, reader);
  return records;
}

async function userNames(db: Executor, ids: unknown[]) {
  const wanted = [...new Set(ids.filter((id): id is number => typeof id === 'number'))];
  if (!wanted.length) return new Map<number, string>();
  const rows = await db.select({ id: t.users.id, name: t.users.name }).from(t.users).where(inArray(t.users.id, wanted));
  return new Map(rows.map((u) => [u.id, u.name]));
}

/**
 * The audit entries about the person: those on the candidate's record and those on each record that is
 * theirs (one condition per resource: `resource = … and record_id in (…)`, which the
 * (resource, record_id) index answers). `reader` shapes them as the audit log does (names, labels).
 */
export function auditCondition(candidateId: number, owned: Record<string, number[]>): SQL {
  const parts = [and(eq(t.auditEntries.resource, 'candidates'), eq(t.auditEntries.recordId, candidateId))];
  for (const [resource, ids] of Object.entries(owned))
    if (ids.length) parts.push(and(eq(t.auditEntries.resource, resource), inArray(t.auditEntries.recordId, ids)));
  return or(...parts)!;
}

/** Everything held on candidate `id` (404 when unknown), for `reader` (who must hold the candidates' read right). */
export async function candidateExport(db: Executor, id: number, reader: Principal, now = new Date()): Promise<CandidateExport> {
  const candidate = await getRecord(db, bindings.candidates, id, undefined, reader);

  const consents = await db
    .select({ id: t.consents.id, version: t.consents.version, givenAt: t.consents.givenAt, channel: t.consents.channel })
    .from(t.consents)
    .where(eq(t.consents.candidateId, id))
    .orderBy(t.consents.givenAt, t.consents.id);

  const applicationRecords = await all(db, bindings.applications, 'candidateId', [id], reader);
  const applicationIds = applicationRecords.map((a) => a.id);
  const info = await applicationsInfo(db, applicationIds);
  // Each application's stage history comes with it (its binding's attach: `stageHistory`).
  const applications = applicationRecords.map((a) => ({ ...a, positionLabel: info.get(a.id)?.positionLabel ?? null }));

  const interviewRecords = await all(db, bindings.interviews, 'candidateId', [id], reader);
  const feedback = await all(db, bindings['interview-feedback'], 'interviewId', interviewRecords.map((i) => i.id), reader);
  const noteRecords = await all(db, bindings.notes, 'candidateId', [id], reader);
  const names = await userNames(db, [
    ...interviewRecords.flatMap((i) => i.panelUserIds as number[]),
    ...feedback.map((f) => f.userId),
    ...noteRecords.map((n) => n.authorId),
  ]);
  const interviews = interviewRecords.map((i) => ({
    ...i,
    panel: (i.panelUserIds as number[]).map((u) => ({ id: u, name: names.get(u) ?? '' })),
    feedback: feedback.filter((f) => f.interviewId === i.id).map((f) => ({ ...f, userName: names.get(f.userId as number) ?? null })),
  }));
  const notes = noteRecords.map((n) => ({ ...n, authorName: names.get(n.authorId as number) ?? null }));

  const emails = (await all(db, bindings.emails, 'candidateId', [id], reader)).map((e) => ({
    id: e.id,
    to: String(e.to),
    subject: String(e.subject),
    body: String(e.body),
    status: String(e.status),
    event: (e.event as string | null) ?? null,
    applicationId: (e.applicationId as number | null) ?? null,
    createdAt: String(e.createdAt),
    sentAt: (e.sentAt as string | null) ?? null,
    attachments: ((e.attachments as { fileName: string }[] | null) ?? []).map((a) => a.fileName),
  }));

  const documents = (await all(db, bindings.documents, 'candidateId', [id], reader)).map((d) => ({ ...d, downloadUrl: `/api/documents/${d.id}/file` }));

  const owned = {
    applications: applicationIds,
    interviews: interviewRecords.map((i) => i.id),
    'interview-feedback': feedback.map((f) => f.id),
    notes: noteRecords.map((n) => n.id),
    documents: documents.map((d) => d.id),
    emails: emails.map((e) => e.id),
    consents: consents.map((c) => c.id),
  };
  const audit = (await all(db, bindings.audit, 'id', [], reader, auditCondition(id, owned))).sort(
    (a, b) => String(a.at).localeCompare(String(b.at)) || a.id - b.id,
  );

  return { generatedAt: now.toISOString(), notice: EXPORT_NOTICE, candidate, consents, applications, interviews, notes, emails, documents, audit };
}
