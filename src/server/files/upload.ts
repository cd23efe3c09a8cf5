import { and, eq } from 'drizzle-orm';
import type { HonoRequest } from 'hono';
import { DOCUMENT_APPLICATION_OTHER } from '../../domain/resources/documents';
import * as t from '../db/schema';
import type { Db, Executor } from '../db/types';
import { badRequest } from '../errors';
import type { ApiRecord, Binding } from '../rest/bindings/types';
import { forgetCounts, validate, type Actor } from '../rest/repository';
import { translateErrors } from '../rest/repository/db-errors';
import { storeDocument } from './store';

const MULTIPART = 'Envoyez le document en multipart/form-data (champs candidateId, kind, file, et applicationId s’il y a lieu)';
const NO_FILE = 'Choisissez un fichier à déposer';
export const UNKNOWN_CANDIDATE = 'Cette personne est introuvable';

/** A 400 on `applicationId` unless it names an application of this candidate (or none). */
export async function checkDocumentApplication(tx: Executor, candidateId: number, applicationId: unknown) {
  if (applicationId === null || applicationId === undefined) return;
  const [found] = await tx
    .select({ id: t.applications.id })
    .from(t.applications)
    .where(and(eq(t.applications.id, applicationId as number), eq(t.applications.candidateId, candidateId)));
  if (!found) throw badRequest(DOCUMENT_APPLICATION_OTHER, { applicationId: DOCUMENT_APPLICATION_OTHER });
}

/**
 * `POST /api/documents`: a multipart form with `candidateId`, `applicationId` (optional), `kind` and
 * `file`. Its size is bounded before this runs (app.ts: a limit of its own for this path); the file is
 * checked by content and stored with its audit entry by storeDocument, in one transaction with the
 * checks of the candidate and the application, so that a refusal writes nothing.
 */
export async function uploadDocument(req: HonoRequest, db: Db, actor: Actor, b: Binding): Promise<ApiRecord> {
  if (!/^multipart\/form-data\s*;/i.test(req.header('content-type') ?? '')) throw badRequest(MULTIPART);
  // Hono's parseBody() hands the body to the platform's own multipart parser (Request.formData():
  // undici under Node, the browser's own under msw), which gives the file as a File: no multipart
  // library is needed, and the same code runs in Node and in the browser demo.
  let form: Record<string, string | File>;
  try {
    form = await req.parseBody<Record<string, string | File>>();
  } catch {
    throw badRequest(`Formulaire illisible. ${MULTIPART}`);
  }
  const text = (name: string) => (typeof form[name] === 'string' ? form[name] : undefined);
  const input = validate(b, { candidateId: text('candidateId'), applicationId: text('applicationId'), kind: text('kind') });
  const file = form.file;
  if (!(file instanceof File)) throw badRequest(NO_FILE, { file: NO_FILE });
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return await translateErrors(b, 'write', () =>
      db.transaction(async (tx) => {
        const candidateId = input.candidateId as number;
        const [candidate] = await tx.select({ id: t.candidates.id }).from(t.candidates).where(eq(t.candidates.id, candidateId));
        if (!candidate) throw badRequest(UNKNOWN_CANDIDATE, { candidateId: UNKNOWN_CANDIDATE });
        await checkDocumentApplication(tx, candidateId, input.applicationId);
        return (await storeDocument(
          tx,
          { candidateId, applicationId: input.applicationId as number | null, kind: input.kind as never, fileName: file.name, bytes },
          actor,
        )) as ApiRecord;
      }),
    );
  } finally {
    forgetCounts(db);
  }
}
