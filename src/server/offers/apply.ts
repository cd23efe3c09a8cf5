/**
 * An application from the public form: validated field by field (French messages, the form shown
 * again with what was typed), then written in ONE transaction — the candidate (found by e-mail, else by
 * RPPS, else created), the application at « reçue », the CV, the consent, the audit entries and the
 * address's count — so that a failure at any step leaves nothing behind.
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { addYears, maxDate, todayInFrance } from '../../domain/calendar';
import { CURRENT_CONSENT_VERSION, currentConsent } from '../../domain/consent';
import { professions } from '../../domain/enums';
import { fieldErrorsOf, type FieldErrors } from '../../domain/field-errors';
import { fileRefusal, MAX_DOCUMENT_BYTES } from '../../domain/file-types';
import { frenchDay } from '../../domain/resources/positions';
import { email, enumOf, nullable, optionalText, phone, requiredText, rpps } from '../../domain/schemas';
import { recordAudit } from '../audit';
import * as t from '../db/schema';
import type { Db, Executor } from '../db/types';
import { pgError } from '../errors';
import { enqueueEmail } from '../mail/outbox';
import { storeDocument } from '../files/store';
import { bindings } from '../rest/bindings';
import { forgetCounts, getRecord } from '../rest/repository';
import { APPLICATIONS_PER_HOUR, countApplication } from './throttle';

export const ALREADY_APPLIED =
  'Vous avez déjà candidaté à cette offre (votre adresse électronique ou votre numéro RPPS nous sont connus) : votre candidature est en cours d’examen, inutile de l’envoyer à nouveau.';

/** What the visitor is told for a field left empty (« Obligatoire » says less than « Indiquez votre prénom »). */
const requiredMessages: Record<string, string> = {
  firstName: 'Indiquez votre prénom',
  lastName: 'Indiquez votre nom',
  email: 'Indiquez votre adresse électronique',
  profession: 'Choisissez votre profession',
};

const formSchema = z.object({
  firstName: requiredText(100),
  lastName: requiredText(100),
  email: z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string().min(1, requiredMessages.email).pipe(email)),
  phone,
  profession: enumOf(professions.values, requiredMessages.profession),
  rpps: nullable(rpps),
  message: optionalText(4000, { multiline: true }),
  consent: z.literal(CURRENT_CONSENT_VERSION, { error: 'Cochez cette case pour accepter le traitement de votre candidature : sans elle, nous ne pouvons pas la recevoir' }),
});
export type ApplicationForm = z.infer<typeof formSchema>;

export interface ParsedForm {
  /** The typed values, to show again (never the file). */
  values: Record<string, string>;
  errors: FieldErrors;
  data?: ApplicationForm;
  cv?: { name: string; bytes: Uint8Array };
  /** The honeypot was filled: a robot. */
  trapped: boolean;
}

/** Validates the form's fields and the CV (by content: fileRefusal). */
export async function parseApplication(body: Record<string, string | File | (string | File)[]>): Promise<ParsedForm> {
  const text = (name: string) => {
    const v = body[name];
    const one = Array.isArray(v) ? v[0] : v;
    // Browsers send a textarea's line breaks as CRLF (HTML's form encoding): stored as LF, like the app's.
    return typeof one === 'string' ? one.replace(/\r\n?/g, '\n') : '';
  };
  const values: Record<string, string> = {};
  for (const name of ['firstName', 'lastName', 'email', 'phone', 'profession', 'rpps', 'message', 'consent']) values[name] = text(name).slice(0, 8000);
  const trapped = text('website').trim() !== '';
  const result = formSchema.safeParse(values);
  const errors: FieldErrors = result.success ? {} : fieldErrorsOf(result.error.issues);
  for (const [field, message] of Object.entries(errors)) if (message === 'Obligatoire' && requiredMessages[field]) errors[field] = requiredMessages[field];
  if (errors.email && errors.email !== requiredMessages.email) errors.email = 'Adresse électronique invalide : le format attendu est nom@exemple.fr';
  if (values.profession === 'secretaire' && result.success && result.data.rpps) errors.rpps = 'Les secrétaires médicaux n’ont pas de numéro RPPS : laissez ce champ vide';

  const file = Array.isArray(body.cv) ? body.cv[0] : body.cv;
  let cv: ParsedForm['cv'];
  if (!(file instanceof File) || file.size === 0) errors.cv = 'Joignez votre CV';
  else if (file.size > MAX_DOCUMENT_BYTES) errors.cv = 'Le fichier dépasse 10 Mo : réduisez-le (un PDF exporté plutôt qu’un scan) et joignez-le à nouveau';
  else {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const refusal = fileRefusal(bytes);
    if (refusal) errors.cv = refusal;
    else cv = { name: file.name || 'cv', bytes };
  }
  // The file is never shown again (a browser cannot pre-fill one): say so when the rest is refused.
  if (cv && Object.keys(errors).length) errors.cv = 'Joignez à nouveau votre CV (un fichier ne peut pas être conservé quand le formulaire contient une erreur)';
  return { values, errors, data: result.success ? result.data : undefined, cv, trapped };
}

/** Refused after validation: the form is shown again with this message (400), or 429 past the address's limit. */
export class ApplicationRefused extends Error {
  constructor(
    readonly status: 400 | 429,
    readonly errors: FieldErrors,
    readonly retryAfter = 0,
  ) {
    super(Object.values(errors)[0] ?? 'Candidature refusée');
  }
}

/**
 * The acknowledgement (« candidature reçue », HR's template) queued in the application's transaction:
 * it is sent if and only if the application is stored, by the outbox's worker when SMTP is configured.
 */
export async function afterApplicationReceived(tx: Executor, ids: { candidateId: number; applicationId: number }): Promise<void> {
  await enqueueEmail(tx, { event: 'candidature_recue', applicationId: ids.applicationId }, { userId: null });
}

/** The candidates' notes hold 4,000 characters (candidateSchema): what HR wrote is kept whole, the message cut to fit. */
const NOTES_MAX = 4000;

/** The notes with the message appended, dated: « 04/12/2026 (candidature en ligne) : … ». */
export function withMessage(notes: string | null, message: string | null, today: string): string | null {
  if (!message) return notes;
  const prefix = `${frenchDay(today)} (candidature en ligne) : `;
  const room = NOTES_MAX - (notes ? notes.length + 2 : 0) - prefix.length;
  if (room < 20) return notes;
  const text = message.length > room ? `${message.slice(0, room - 1)}…` : message;
  return [notes, prefix + text].filter(Boolean).join('\n\n');
}

/** Writes the application; answers the ids. Throws ApplicationRefused (nothing written) or a database error (nothing written). */
export async function receiveApplication(
  db: Db,
  input: { positionId: number; form: ApplicationForm; cv: { name: string; bytes: Uint8Array }; throttleKey: string },
  today = todayInFrance(),
): Promise<{ candidateId: number; applicationId: number }> {
  const { form, positionId } = input;
  const actor = { userId: null };
  try {
    return await db.transaction(async (tx) => {
      // The person, if known: by e-mail (unique), else by RPPS.
      let [known] = await tx.select().from(t.candidates).where(eq(t.candidates.email, form.email)).limit(1);
      if (!known && form.rpps) [known] = await tx.select().from(t.candidates).where(eq(t.candidates.rpps, form.rpps)).orderBy(t.candidates.id).limit(1);
      if (known) {
        const [already] = await tx
          .select({ id: t.applications.id })
          .from(t.applications)
          .where(and(eq(t.applications.candidateId, known.id), eq(t.applications.positionId, positionId)));
        if (already) throw new ApplicationRefused(400, { form: ALREADY_APPLIED });
      }
      const keepUntil = addYears(today, currentConsent().retentionYears);
      let candidateId: number;
      if (known) {
        // A known candidate: their record is kept as HR left it; the new consent extends the retention,
        // what was missing (phone, RPPS) is added, and the message joins the notes.
        const before = await getRecord(tx, bindings.candidates, known.id);
        await tx
          .update(t.candidates)
          .set({
            phone: known.phone ?? form.phone,
            rpps: known.rpps ?? form.rpps,
            consentUntil: maxDate(known.consentUntil, keepUntil),
            notes: withMessage(known.notes, form.message, today),
            version: known.version + 1,
          })
          .where(eq(t.candidates.id, known.id));
        candidateId = known.id;
        await recordAudit(tx, { userId: null, action: 'update', resource: 'candidates', recordId: candidateId, before, after: await getRecord(tx, bindings.candidates, candidateId) });
      } else {
        const [created] = await tx
          .insert(t.candidates)
          .values({
            firstName: form.firstName,
            lastName: form.lastName,
            email: form.email,
            phone: form.phone,
            profession: form.profession,
            rpps: form.rpps,
            source: 'site',
            consentUntil: keepUntil,
            notes: withMessage(null, form.message, today),
          })
          .returning({ id: t.candidates.id });
        candidateId = created.id;
        await recordAudit(tx, { userId: null, action: 'create', resource: 'candidates', recordId: candidateId, after: await getRecord(tx, bindings.candidates, candidateId) });
      }

      // The application at « reçue » today, with its first stage (the binding's own rules: an open position).
      const application = { candidateId, positionId, stage: 'recue', appliedOn: today, stageOn: today };
      const [{ id: applicationId }] = await tx.insert(t.applications).values(application).returning({ id: t.applications.id });
      await bindings.applications.afterWrite!(tx, applicationId, application, undefined, actor);
      await recordAudit(tx, { userId: null, action: 'create', resource: 'applications', recordId: applicationId, after: await getRecord(tx, bindings.applications, applicationId) });

      await storeDocument(tx, { candidateId, applicationId, kind: 'cv', fileName: input.cv.name, bytes: input.cv.bytes }, actor, 'cv');

      const [consent] = await tx.insert(t.consents).values({ candidateId, version: CURRENT_CONSENT_VERSION, channel: 'formulaire_offre' }).returning();
      await recordAudit(tx, { userId: null, action: 'create', resource: 'consents', recordId: consent.id, after: consent });

      await afterApplicationReceived(tx, { candidateId, applicationId });

      // Last: the address's count, which rolls everything back past the limit.
      const { count, retryAfter } = await countApplication(tx, input.throttleKey);
      if (count > APPLICATIONS_PER_HOUR) throw new ApplicationRefused(429, {}, retryAfter);
      return { candidateId, applicationId };
    });
  } catch (error) {
    // Two submissions at once for the same person and offer: the unique index refuses the second.
    if (pgError(error)?.constraint === 'applications_candidate_position_unique' || pgError(error)?.constraint === 'candidates_email_unique')
      throw new ApplicationRefused(400, { form: ALREADY_APPLIED });
    throw error;
  } finally {
    forgetCounts(db);
  }
}
