import { describe, expect, it } from 'vitest';
import { multipartOf } from '../../src/app/dataProvider';
import { fileSize } from '../../src/app/resources/documents/format';

const fr = { bytes: '%{n}\u00a0o', kilo: '%{n}\u00a0ko', mega: '%{n}\u00a0Mo' };
const en = { bytes: '%{n} B', kilo: '%{n} KB', mega: '%{n} MB' };

describe('fileSize', () => {
  it('writes sizes as a French reader does, in binary multiples like the 10 Mo limit', () => {
    expect(fileSize(753, 'fr', fr)).toBe('753\u00a0o');
    expect(fileSize(12 * 1024, 'fr', fr)).toBe('12\u00a0ko');
    expect(fileSize(Math.round(1.2 * 1024 * 1024), 'fr', fr)).toBe('1,2\u00a0Mo');
    expect(fileSize(10 * 1024 * 1024, 'fr', fr)).toBe('10\u00a0Mo');
    expect(fileSize(Math.round(1.5 * 1024), 'fr', fr)).toBe('1,5\u00a0ko');
  });
  it('and in English', () => {
    expect(fileSize(Math.round(1.2 * 1024 * 1024), 'en', en)).toBe('1.2 MB');
  });
});

describe('multipartOf', () => {
  it('sends the fields as text, the FileInput value as its file, and leaves empty ones out', () => {
    const file = new File(['%PDF-1.4'], 'CV Élise.pdf', { type: 'application/pdf' });
    const form = multipartOf({ candidateId: 3, applicationId: null, kind: 'cv', note: '', file: { rawFile: file, src: 'blob:x', title: 'CV Élise.pdf' } });
    expect([...form.keys()]).toEqual(['candidateId', 'kind', 'file']);
    expect(form.get('candidateId')).toBe('3');
    expect((form.get('file') as File).name).toBe('CV Élise.pdf');
  });
});
