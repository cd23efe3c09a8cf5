import { eq } from 'drizzle-orm';
import { professions, type EmailEvent } from '../../domain/enums';
import { MissingVariableError, renderTemplate, templateProblem, type TemplateValues } from '../../domain/mail-templates';
import { communeByCode } from '../../domain/reference';
import type { EmailAttachment } from '../../domain/resources/emails';
import { frenchDay } from '../../domain/resources/positions';
import { recordAudit } from '../audit';
import * as t from '../db/schema';
import type { Executor } from '../db/types';
import { badRequest, notFound } from '../errors';

/**
 * The outbox's writing side (no Node-only import: it runs in the API wherever the API runs). Every
 * message to a candidate is a row of `emails` written here, in the transaction of what caused it; the
 * worker (worker.ts) sends the waiting rows when the server has an SMTP server.
 */

/** Who queues (the audit trail's `userId`; null for the public application form). */
export interface MailActor {
  userId: number | null;
}

/** What a message is made from: the event's template, the records it is about, and what they cannot give. */
export interface EmailRequest {
  /** Which template: one of the five events. */
  event: EmailEvent;
  /**
   * The application the message is about. Gives the recipient (its candidate's e-mail) and the
   * variables prenom, nom, poste, centre, commune, date_candidature. Give this or `candidateId`.
   */
  applicationId?: number;
  /** The candidate alone (no application): only prenom and nom can then be filled. */
  candidateId?: number;
  /**
   * Variables the records cannot give, laid over theirs: the interview's for an invitation,
   * `interviewValues(startsAt, location)` from src/domain/mail-templates.ts.
   */
  values?: TemplateValues;
  /** Files joined to the message: an invitation's .ics (`{ fileName: 'entretien.ics', mediaType: 'text/calendar', content }`). */
  attachments?: EmailAttachment[];
  /**
   * The text to send instead of the template's, as HR reviewed it (POST /api/emails): it may still use
   * variables, rendered like a template's.
   */
  subject?: string;
  body?: string;
}

/** A row of the outbox as the API shows it. */
export type EmailRow = typeof t.emails.$inferSelect;

/** What a template is filled from: the candidate, and when given the application with its position and centre. */
export interface MailContext {
  to: string;
  candidateId: number;
  applicationId: number | null;
  values: TemplateValues;
}

/** The recipient and the variables of a message about an application (or a candidate alone). 400 on the id's field when it names nothing. */
export async function mailContext(db: Executor, about: { applicationId?: number | null; candidateId?: number | null }): Promise<MailContext> {
  if (about.applicationId != null) {
    const [row] = await db
      .select({
        candidateId: t.candidates.id,
        firstName: t.candidates.firstName,
        lastName: t.candidates.lastName,
        email: t.candidates.email,
        appliedOn: t.applications.appliedOn,
        title: t.positions.title,
        profession: t.positions.profession,
        centre: t.centres.name,
        communeCode: t.centres.communeCode,
      })
      .from(t.applications)
      .innerJoin(t.candidates, eq(t.candidates.id, t.applications.candidateId))
      .innerJoin(t.positions, eq(t.positions.id, t.applications.positionId))
      .innerJoin(t.centres, eq(t.centres.id, t.positions.centreId))
      .where(eq(t.applications.id, about.applicationId));
    if (!row) throw badRequest(`Candidature n° ${about.applicationId} introuvable`, { applicationId: 'Candidature introuvable' });
    return {
      to: row.email,
      candidateId: row.candidateId,
      applicationId: about.applicationId,
      values: {
        prenom: row.firstName,
        nom: row.lastName,
        poste: row.title || professions.label(row.profession as never),
        centre: row.centre,
        commune: communeByCode(row.communeCode)?.name ?? row.communeCode,
        date_candidature: frenchDay(row.appliedOn),
      },
    };
  }
  if (about.candidateId != null) {
    const [row] = await db
      .select({ id: t.candidates.id, firstName: t.candidates.firstName, lastName: t.candidates.lastName, email: t.candidates.email })
      .from(t.candidates)
      .where(eq(t.candidates.id, about.candidateId));
    if (!row) throw badRequest(`Candidat·e n° ${about.candidateId} introuvable`, { candidateId: 'Candidat·e introuvable' });
    return { to: row.email, candidateId: row.id, applicationId: null, values: { prenom: row.firstName, nom: row.lastName } };
  }
  throw badRequest('Candidature attendue', { applicationId: 'Obligatoire' });
}

/** The event's template as stored (the migration puts the five in every database). */
export async function templateOf(db: Executor, event: EmailEvent) {
  const [template] = await db.select().from(t.emailTemplates).where(eq(t.emailTemplates.event, event));
  if (!template) throw notFound(`Aucun modèle de courriel pour l’événement « ${event} »`);
  return template;
}

/**
 * A subject and body rendered with a context's values. A text whose variables are unknown or that the
 * context cannot fill is a 400 on its field, with the variable named.
 */
export function renderMessage(event: EmailEvent, text: { subject: string; body: string }, values: TemplateValues) {
  const rendered = { subject: '', body: '' };
  for (const field of ['subject', 'body'] as const) {
    const problem = templateProblem(text[field], event);
    if (problem) throw badRequest(`${field === 'subject' ? 'Objet' : 'Message'} : ${problem}`, { [field]: problem });
    try {
      rendered[field] = renderTemplate(text[field], values);
    } catch (error) {
      if (!(error instanceof MissingVariableError)) throw error;
      const message = `La variable {{${error.variable}}} ne peut pas être remplie pour ce courriel${values.poste === undefined ? ' (il ne porte sur aucune candidature)' : ''}`;
      throw badRequest(message, { [field]: message });
    }
  }
  return rendered;
}

/** The rendered subject and body of the event's template for an application, and who it goes to (POST /api/emails/preview). */
export async function previewEmail(db: Executor, request: Pick<EmailRequest, 'event' | 'applicationId' | 'candidateId' | 'values'>) {
  const context = await mailContext(db, request);
  const template = await templateOf(db, request.event);
  const values = { ...context.values, ...request.values };
  return { event: request.event, to: context.to, candidateId: context.candidateId, applicationId: context.applicationId, ...renderMessage(request.event, template, values) };
}

/** At most this much attached to one message (an invitation's .ics is a few kilobytes). */
export const MAX_ATTACHMENTS_BYTES = 5 * 1024 * 1024;

function checkAttachments(attachments: EmailAttachment[]) {
  let total = 0;
  for (const a of attachments) {
    const problem =
      !a.fileName || /[\\/\r\n\0]/.test(a.fileName) || a.fileName.length > 200
        ? `Nom de pièce jointe invalide : « ${String(a.fileName).slice(0, 40)} »`
        : !/^[a-z]+\/[a-z0-9.+-]+(;.*)?$/i.test(a.mediaType)
          ? `Type de pièce jointe invalide : « ${String(a.mediaType).slice(0, 40)} »`
          : typeof a.content !== 'string' || (a.encoding === 'base64' && !/^[A-Za-z0-9+/]*={0,2}$/.test(a.content))
            ? `Contenu de pièce jointe invalide : « ${a.fileName} »`
            : undefined;
    if (problem) throw badRequest(problem, { attachments: problem });
    total += a.content.length;
  }
  if (total > MAX_ATTACHMENTS_BYTES) throw badRequest('Pièces jointes trop volumineuses (5 Mio au plus)', { attachments: 'Trop volumineuses' });
}

/**
 * Queues a message in the outbox, in the caller's transaction: `en_attente`, due now. This is what the
 * public application form (acknowledgement), interviews (invitation with its .ics) and HR's reviewed
 * messages (a refusal) call:
 *
 *   await db.transaction(async (tx) => {
 *     const application = …insert…;
 *     await enqueueEmail(tx, { event: 'candidature_recue', applicationId: application.id }, { userId: null });
 *   });
 *
 *   await enqueueEmail(tx, {
 *     event: 'invitation_entretien',
 *     applicationId: interview.applicationId,
 *     values: interviewValues(interview.startsAt, interview.location),
 *     attachments: [{ fileName: 'entretien.ics', mediaType: 'text/calendar; charset=utf-8; method=REQUEST', content: ics }],
 *   }, c.var.actor);
 *
 * The template of `event` (as HR last edited it) is rendered with the candidate's, the position's and the
 * centre's data (mailContext) and `values`; the recipient is the candidate's e-mail address. It throws
 * ApiError 400 (nothing written, the caller's transaction rolls back) when the application or candidate
 * does not exist, when the template uses a variable the message cannot fill (the interview's without
 * `values`), or on an attachment that is not acceptable. Audited (attachments by name, without their
 * content). The message is sent later, by the worker, if and when an SMTP server is configured.
 */
export async function enqueueEmail(tx: Executor, request: EmailRequest, actor: MailActor): Promise<EmailRow> {
  const context = await mailContext(tx, request);
  const template = request.subject !== undefined && request.body !== undefined ? { subject: request.subject, body: request.body } : await templateOf(tx, request.event);
  const { subject, body } = renderMessage(request.event, template, { ...context.values, ...request.values });
  const attachments = request.attachments ?? [];
  checkAttachments(attachments);
  const [row] = await tx
    .insert(t.emails)
    .values({ to: context.to, subject, body, candidateId: context.candidateId, applicationId: context.applicationId, event: request.event, attachments })
    .returning();
  await recordAudit(tx, { userId: actor.userId, action: 'create', resource: 'emails', recordId: row.id, after: auditedEmail(row) });
  return row;
}

/** A message as the audit trail keeps it: its attachments by name and type, not their content. */
export function auditedEmail(row: EmailRow) {
  return { ...row, attachments: row.attachments.map(({ fileName, mediaType }) => ({ fileName, mediaType })) };
}
