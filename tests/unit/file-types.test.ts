import { describe, expect, it } from 'vitest';
import { detectFileType, fileRefusal, MAX_DOCUMENT_BYTES, safeFileName, zipEntryNames } from '../../src/domain/file-types';
import { sampleFiles, zip } from '../support/files';

describe('accepted files, recognised by their content', () => {
  it('recognises PDF, DOCX, ODT, PNG and JPEG from their bytes', () => {
    expect(detectFileType(sampleFiles.pdf())?.mediaType).toBe('application/pdf');
    expect(detectFileType(sampleFiles.docx())?.extension).toBe('docx');
    expect(detectFileType(sampleFiles.odt())?.mediaType).toBe('application/vnd.oasis.opendocument.text');
    expect(detectFileType(sampleFiles.png())?.mediaType).toBe('image/png');
    expect(detectFileType(sampleFiles.jpeg())?.mediaType).toBe('image/jpeg');
  });

  it('refuses an executable, HTML, a plain ZIP, an empty or a damaged archive, whatever they are named', () => {
    for (const bytes of [sampleFiles.executable(), sampleFiles.html(), sampleFiles.plainZip(), new Uint8Array()]) expect(detectFileType(bytes)).toBeUndefined();
    const docx = sampleFiles.docx();
    expect(detectFileType(docx.subarray(0, docx.length - 30))).toBeUndefined();
    // An ODT whose mimetype says text but has no content.xml, and a DOCX without its document part.
    expect(detectFileType(zip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', store: true }]))).toBeUndefined();
    expect(detectFileType(zip([{ name: '[Content_Types].xml', data: '<Types/>' }]))).toBeUndefined();
  });

  it('reads every entry name of a ZIP from its central directory', () => {
    expect(zipEntryNames(sampleFiles.docx())).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
    expect(zipEntryNames(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBeUndefined();
  });

  it('says in French why a file is refused', () => {
    expect(fileRefusal(new Uint8Array())).toBe('Le fichier est vide');
    const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    big.set(sampleFiles.pdf());
    expect(fileRefusal(big)).toBe('Le fichier dépasse 10 Mo');
    expect(fileRefusal(sampleFiles.executable())).toMatch(/^Format non accepté : le fichier doit être un PDF, Word \(DOCX\), OpenDocument \(ODT\), JPEG ou PNG/);
    expect(fileRefusal(sampleFiles.pdf())).toBeUndefined();
  });

  it('keeps a safe download name with the extension of what the file is', () => {
    const pdf = detectFileType(sampleFiles.pdf())!;
    expect(safeFileName('C:\\Users\\élise\\mon "CV".txt', pdf)).toBe('mon CV.pdf');
    expect(safeFileName('../../etc/passwd', pdf)).toBe('passwd.pdf');
    expect(safeFileName('\u202egpj.exe', pdf)).toBe('gpj.pdf');
    expect(safeFileName('', pdf)).toBe('document.pdf');
  });

  it('writes a PDF whose cross-reference offsets point at its objects', () => {
    const pdf = Buffer.from(sampleFiles.pdf()).toString('latin1');
    const xref = Number(/startxref\n(\d+)/.exec(pdf)![1]);
    expect(pdf.slice(xref, xref + 4)).toBe('xref');
    const offsets = [...pdf.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(6);
    offsets.forEach((offset, k) => expect(pdf.slice(offset, offset + 8)).toBe(`${k + 1} 0 obj\n`));
    expect(pdf).toContain('Dr \xc9lise Martin \x97 m\xe9decin');
  });
});
