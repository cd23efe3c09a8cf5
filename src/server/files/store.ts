import { eq } from 'drizzle-orm';
import type { DocumentKind } from '../../domain/enums';
import { detectFileType, fileRefusal, safeFileName } from '../../domain/file-types';
import { recordAudit } from '../audit';
import { documents } from '../db/schema';
import type { Executor } from '../db/types';
import { ApiError } from '../errors';

/** sha256 of the bytes, in hex (Web Crypto: Node, the browser demo and the tests alike). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export interface NewDocument {
  candidateId: number;
  applicationId?: number | null;
  kind: DocumentKind;
  /** The name the sender gave; only its last part is kept, with the extension of what the file is. */
  fileName: string;
  bytes: Uint8Array;
}

/** The document's description as the API shows it: everything but the bytes. */
export const documentColumns = {
  id: documents.id,
  version: documents.version,
  candidateId: documents.candidateId,
  applicationId: documents.applicationId,
  kind: documents.kind,
  fileName: documents.fileName,
  mediaType: documents.mediaType,
  size: documents.size,
  sha256: documents.sha256,
  createdAt: documents.createdAt,
};

/**
 * The row a checked file makes (file-types.ts): its type read from the content, the name it is kept
 * under, its size and sha256. A refused file is a 400 on `field` with the French reason. The one place
 * that turns bytes into a `documents` row: uploads (below) and the demonstration seed both use it.
 */
export async function documentRow(file: NewDocument, field = 'file'): Promise<typeof documents.$inferInsert> {
  const refusal = fileRefusal(file.bytes);
  if (refusal) throw new ApiError(400, refusal, { [field]: refusal });
  const type = detectFileType(file.bytes)!;
  return {
    candidateId: file.candidateId,
    applicationId: file.applicationId ?? null,
    kind: file.kind,
    fileName: safeFileName(file.fileName, type),
    mediaType: type.mediaType,
    size: file.bytes.length,
    sha256: await sha256Hex(file.bytes),
    content: file.bytes,
  };
}

/**
 * Stores a candidate's file, checked by content (file-types.ts), and audits it (without the bytes), in
 * the caller's transaction. A refused file is a 400 on `field` with the French reason; nothing is written.
 */
export async function storeDocument(tx: Executor, file: NewDocument, actor: { userId: number | null }, field = 'file') {
  const [stored] = await tx
    .insert(documents)
    .values(await documentRow(file, field))
    .returning(documentColumns);
  await recordAudit(tx, { userId: actor.userId, action: 'create', resource: 'documents', recordId: stored.id, after: stored });
  return stored;
}

/** A document's bytes and what to call them, or undefined. */
export async function documentFile(db: Executor, id: number) {
  const [row] = await db
    .select({ fileName: documents.fileName, mediaType: documents.mediaType, content: documents.content, candidateId: documents.candidateId })
    .from(documents)
    .where(eq(documents.id, id));
  return row;
}
