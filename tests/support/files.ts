import { crc32, deflateRawSync } from 'node:zlib';
import { simplePdf } from '../../src/server/files/pdf';

/** A real ZIP archive (central directory and all), entries stored or deflated, for DOCX/ODT samples. */
export function zip(entries: { name: string; data: string | Uint8Array; store?: boolean }[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw = Buffer.from(entry.data);
    const data = entry.store ? raw : deflateRawSync(raw);
    const name = Buffer.from(entry.name);
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.store ? 0 : 8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.store ? 0 : 8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** Sample files of every accepted type, and some that must be refused. */
export const sampleFiles = {
  pdf: () => simplePdf(['Curriculum vitae', 'Dr Élise Martin — médecin généraliste'], 'CV'),
  docx: () =>
    zip([
      { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
      { name: '_rels/.rels', data: '<?xml version="1.0"?><Relationships/>' },
      { name: 'word/document.xml', data: '<?xml version="1.0"?><w:document/>' },
    ]),
  odt: () =>
    zip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', store: true },
      { name: 'content.xml', data: '<?xml version="1.0"?><office:document-content/>' },
      { name: 'META-INF/manifest.xml', data: '<?xml version="1.0"?><manifest:manifest/>' },
    ]),
  png: () => Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')),
  jpeg: () => Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]),
  /** A Windows executable renamed cv.pdf. */
  executable: () => Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, ...Buffer.from('This program cannot be run in DOS mode')]),
  /** A ZIP that is neither a DOCX nor an ODT. */
  plainZip: () => zip([{ name: 'notes.txt', data: 'bonjour' }]),
  html: () => new TextEncoder().encode('<html><script>alert(1)</script></html>'),
};

/** The multipart form of `POST /api/documents`: a PDF CV of this candidate unless told otherwise. */
export function documentForm(
  candidateId: number | string,
  { kind = 'cv', fileName = 'CV Élise Martin.pdf', bytes = sampleFiles.pdf(), applicationId, type = 'application/pdf' }: {
    kind?: string;
    fileName?: string;
    bytes?: Uint8Array;
    applicationId?: number | string;
    type?: string;
  } = {},
): FormData {
  const form = new FormData();
  form.set('candidateId', String(candidateId));
  if (applicationId !== undefined) form.set('applicationId', String(applicationId));
  form.set('kind', kind);
  form.set('file', new File([bytes as Uint8Array<ArrayBuffer>], fileName, { type }));
  return form;
}
