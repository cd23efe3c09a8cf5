import { and, eq, inArray, sql } from 'drizzle-orm';
import { toParisIso } from '../../../domain/datetime';
import { PANEL_ROLE_REFUSAL } from '../../../domain/resources/interviews';
import type { Executor } from '../../db/types';
import * as t from '../../db/schema';
import { badRequest } from '../../errors';
import { attachAll, fieldsAsColumns, toApi } from '../repository/reads';
import { positions } from './positions';
import { binding } from './shared';
import type { ApiRecord, Codec } from './types';

/** An instant: the API's ISO text with offset ↔ the column's Date; read back in France's time and offset. */
const instant: Codec = {
  toDb: (v) => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? new Date(v) : v),
  fromDb: (v) => (v instanceof Date ? toParisIso(v) : typeof v === 'string' ? toParisIso(new Date(v)) : v),
};

/** Each application's candidate and position label (the interviews' `candidateId` and `positionLabel`). */
export async function applicationsInfo(db: Executor, applicationIds: number[]) {
  const out = new Map<number, { candidateId: number; positionId: number; positionLabel: string }>();
  if (!applicationIds.length) return out;
  const apps = await db
    .select({ id: t.applications.id, candidateId: t.applications.candidateId, positionId: t.applications.positionId })
    .from(t.applications)
    .where(inArray(t.applications.id, [...new Set(applicationIds)]));
  const rows = await db
    .select(fieldsAsColumns(positions))
    .from(t.positions)
    .where(inArray(t.positions.id, [...new Set(apps.map((a) => a.positionId))]));
  const labelled = await attachAll(db, positions, rows.map((r) => toApi(positions, r)));
  const label = new Map(labelled.map((p) => [p.id, String(p.label ?? '')]));
  for (const a of apps) out.set(a.id, { candidateId: a.candidateId, positionId: a.positionId, positionLabel: label.get(a.positionId) ?? '' });
  return out;
}

/** The panel's accounts must exist, be active and hold the hr or admin role. */
async function checkPanel(tx: Executor, userIds: number[]) {
  if (!userIds.length) return;
  const found = await tx.select({ id: t.users.id, role: t.users.role, active: t.users.active }).from(t.users).where(inArray(t.users.id, userIds));
  const fit = found.filter((u) => u.active && (u.role === 'hr' || u.role === 'admin'));
  if (fit.length !== userIds.length) throw badRequest(PANEL_ROLE_REFUSAL, { panelUserIds: PANEL_ROLE_REFUSAL });
}

export const interviews = binding('interviews', {
  table: t.interviews,
  codecs: { startsAt: instant },
  filters: {
    panelUserIds: (values) =>
      sql`exists (select 1 from ${t.interviewPanel} where ${t.interviewPanel.interviewId} = ${t.interviews.id} and ${inArray(t.interviewPanel.userId, values as number[])})`,
    candidateId: (values) =>
      sql`${t.interviews.applicationId} in (select ${t.applications.id} from ${t.applications} where ${inArray(t.applications.candidateId, values as number[])})`,
  },
  async attach(db, records) {
    if (!records.length) return;
    const links = await db
      .select({ interviewId: t.interviewPanel.interviewId, userId: t.interviewPanel.userId })
      .from(t.interviewPanel)
      .where(inArray(t.interviewPanel.interviewId, records.map((r) => r.id)))
      .orderBy(t.interviewPanel.userId);
    const info = await applicationsInfo(db, records.map((r) => r.applicationId as number));
    for (const r of records) {
      r.panelUserIds = links.filter((l) => l.interviewId === r.id).map((l) => l.userId);
      r.candidateId = info.get(r.applicationId as number)?.candidateId ?? null;
      r.positionLabel = info.get(r.applicationId as number)?.positionLabel ?? null;
    }
  },
  async afterWrite(tx, id, input, before, actor) {
    const wanted = input.panelUserIds as number[];
    await checkPanel(tx, wanted);
    const had = (before?.panelUserIds as number[] | undefined) ?? [];
    if (!before || wanted.length !== had.length || !wanted.every((u) => had.includes(u))) {
      await tx.delete(t.interviewPanel).where(eq(t.interviewPanel.interviewId, id));
      if (wanted.length) await tx.insert(t.interviewPanel).values(wanted.map((userId) => ({ interviewId: id, userId })));
    }
    // Last, once the panel is written: the invitation's .ics lists it. Imported when needed: the
    // invitation reads the interview back through this binding (calendar.ts), and a static import closed
    // a cycle that left `interviews` uninitialised when the bindings' index was evaluated (Node's TDZ).
    const { invitationDue, queueInvitation } = await import('../../interviews/invitation');
    if (invitationDue(input, before))
      await queueInvitation(tx, { id, applicationId: input.applicationId as number, startsAt: String(input.startsAt), location: String(input.location) }, actor);
  },
  referencedAs: { interviews: 'des entretiens', interview_panel: 'des jurys d’entretien' },
  constraintMessages: {
    interviews_application_id_applications_id_fk: { field: 'applicationId', message: 'Candidature inconnue' },
    interviews_duration_check: { field: 'durationMinutes', message: 'Entre 15 et 480 minutes' },
  },
});

/** Whether an account sits on an interview's panel. */
export async function onPanel(db: Executor, interviewId: number, userId: number) {
  const rows = await db
    .select({ userId: t.interviewPanel.userId })
    .from(t.interviewPanel)
    .where(and(eq(t.interviewPanel.interviewId, interviewId), eq(t.interviewPanel.userId, userId)));
  return rows.length > 0;
}
