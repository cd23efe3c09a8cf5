/**
 * The files Maillage accepts from candidates and HR (CVs, letters, diplomas), recognised by their
 * content — their first bytes, and for the office formats the names inside the ZIP — never by the
 * name or the type the browser sends: a `.pdf` that is an executable is refused, a PDF named `cv.txt`
 * is a PDF. Pure functions on bytes: the server, the public form and the tests share them.
 */

/** Largest file stored (a scanned diploma fits; a video does not). */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export const acceptedFileTypes = [
  { mediaType: 'application/pdf', extension: 'pdf', name: 'PDF' },
  { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx', name: 'Word (DOCX)' },
  { mediaType: 'application/vnd.oasis.opendocument.text', extension: 'odt', name: 'OpenDocument (ODT)' },
  { mediaType: 'image/jpeg', extension: 'jpg', name: 'JPEG' },
  { mediaType: 'image/png', extension: 'png', name: 'PNG' },
] as const;
export type AcceptedFileType = (typeof acceptedFileTypes)[number];
export const acceptedMediaTypes = acceptedFileTypes.map((t) => t.mediaType);

/** « PDF, Word (DOCX), OpenDocument (ODT), JPEG ou PNG », for messages and hints. */
export const ACCEPTED_FILES_TEXT = `${acceptedFileTypes
  .slice(0, -1)
  .map((t) => t.name)
  .join(', ')} ou ${acceptedFileTypes.at(-1)!.name}`;

const typeOf = (mediaType: AcceptedFileType['mediaType']) => acceptedFileTypes.find((t) => t.mediaType === mediaType)!;

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const PDF = ascii('%PDF-');
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ODT_MIMETYPE = ascii('mimetypeapplication/vnd.oasis.opendocument.text');

/**
 * The names of a ZIP archive's entries, read from its central directory (found from the end record),
 * which holds every name whatever the entries' compression; undefined when the archive is malformed.
 */
export function zipEntryNames(bytes: Uint8Array): string[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const END = 0x06054b50;
  const CENTRAL = 0x02014b50;
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--)
    if (view.getUint32(at, true) === END) {
      end = at;
      break;
    }
  if (end < 0) return undefined;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names: string[] = [];
  const decoder = new TextDecoder();
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) return undefined;
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** The accepted type these bytes are, or undefined (another format, or a damaged file). */
export function detectFileType(bytes: Uint8Array): AcceptedFileType | undefined {
  if (startsWith(bytes, PDF)) return typeOf('application/pdf');
  if (startsWith(bytes, PNG)) return typeOf('image/png');
  if (startsWith(bytes, JPEG)) return typeOf('image/jpeg');
  if (!startsWith(bytes, ZIP)) return undefined;
  // OpenDocument: its first entry is an uncompressed `mimetype` file holding the type (ODF 1.2, 3.3).
  if (startsWith(bytes, ODT_MIMETYPE, 30)) return zipEntryNames(bytes)?.includes('content.xml') ? typeOf('application/vnd.oasis.opendocument.text') : undefined;
  const names = zipEntryNames(bytes);
  if (names?.includes('[Content_Types].xml') && names.includes('word/document.xml'))
    return typeOf('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  return undefined;
}

/** Why a file is refused, in French, or undefined when it is accepted. */
export function fileRefusal(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return 'Le fichier est vide';
  if (bytes.length > MAX_DOCUMENT_BYTES) return 'Le fichier dépasse 10 Mo';
  if (!detectFileType(bytes)) return `Format non accepté : le fichier doit être un ${ACCEPTED_FILES_TEXT} (son contenu est vérifié, pas son nom)`;
  return undefined;
}

/** A file name kept for download: its last path part, without control or quote characters, at most 200 characters. */
export function safeFileName(name: string, type: AcceptedFileType): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f"*:<>?|\u202a-\u202e\u2066-\u2069]/g, '')
    .trim()
    .slice(0, 200);
  const stem = base.replace(/\.[^.]*$/, '') || 'document';
  return `${stem}.${type.extension}`;
}
