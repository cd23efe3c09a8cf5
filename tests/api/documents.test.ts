import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES } from '../../src/domain/file-types';
import { nodePasswords } from '../../src/server/auth/passwords-node';
import { attachmentDisposition } from '../../src/server/files/routes';
import { sha256Hex } from '../../src/server/files/store';
import { createNodeApp } from '../../src/server/node-app';
import { createAccount, TEST_ADMIN, TEST_PASSWORD } from '../support/accounts';
import { createTestDatabase, describeEachDatabase, type ApiFixture, type Client, type TestDatabase } from '../support/database';
import { documentForm, sampleFiles } from '../support/files';

/**
 * Documents through the API (issue 14, point 4): upload as multipart, download of the same bytes as
 * an attachment, the bytes never in a JSON answer, refusals by content and size with nothing written,
 * the candidates' rights on every path, and the audit trail without the bytes.
 */

const candidate = (n: string) => ({ firstName: 'Élise', lastName: `Martin ${n}`, email: `elise.${n}@essai.test`, profession: 'medecin', source: 'site', consentUntil: '2030-01-01' });

async function created(fx: Client, path: string, body: unknown) {
  const reply = await fx.call('POST', path, body);
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply.body as Record<string, any>;
}

const total = async (fx: Client, filter: Record<string, unknown> = {}) =>
  Number((await fx.call('GET', `/api/documents?range=[0,0]&filter=${encodeURIComponent(JSON.stringify(filter))}`)).headers.get('content-range')!.split('/')[1]);

/** The raw answer of a download (Client.call reads answers as text). */
const download = (fx: ApiFixture, id: number | string, cookie = fx.cookie) => fx.app.request(`/api/documents/${id}/file`, { headers: cookie ? { cookie } : {} });

const bytesOf = async (res: Response) => new Uint8Array(await res.arrayBuffer());

const SAMPLES = {
  pdf: { make: sampleFiles.pdf, type: 'application/pdf', name: 'CV Élise Martin.pdf' },
  docx: { make: sampleFiles.docx, type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', name: 'Lettre de motivation.docx' },
  odt: { make: sampleFiles.odt, type: 'application/vnd.oasis.opendocument.text', name: 'lettre été.odt' },
  png: { make: sampleFiles.png, type: 'image/png', name: 'diplôme.png' },
  jpeg: { make: sampleFiles.jpeg, type: 'image/jpeg', name: 'diplôme scanné.jpg' },
};

describe('attachmentDisposition', () => {
  it('gives an ASCII fallback and the UTF-8 name percent-encoded (RFC 6266, RFC 5987)', () => {
    expect(attachmentDisposition('CV Élise (2024).pdf')).toBe(`attachment; filename="CV Elise (2024).pdf"; filename*=UTF-8''CV%20%C3%89lise%20%282024%29.pdf`);
    expect(attachmentDisposition('简历.pdf')).toBe(`attachment; filename="__.pdf"; filename*=UTF-8''%E7%AE%80%E5%8E%86.pdf`);
  });
});

describeEachDatabase('documents API', (fx) => {
  let alice: number;
  let bob: number;
  let aliceApplication: number;
  let bobApplication: number;
  let memberId: number;

  beforeAll(async () => {
    alice = (await created(fx, '/api/candidates', candidate('alice'))).id;
    bob = (await created(fx, '/api/candidates', candidate('bob'))).id;
    const member = await created(fx, '/api/members', { name: 'CC de la Haute Ariège', college: 3, kind: 'epci', siren: '200066363', departmentCode: '09', joinedOn: '2022-06-17', status: 'actif' });
    memberId = member.id;
    const centre = await created(fx, '/api/centres', { name: 'Centre A', communeCode: '09257', status: 'ouvert', openedOn: '2022-07-01', memberIds: [member.id] });
    const position = await created(fx, '/api/positions', { centreId: centre.id, profession: 'medecin', fte: 1, status: 'ouvert', openedOn: '2024-01-01' });
    aliceApplication = (await created(fx, '/api/applications', { candidateId: alice, positionId: position.id, stage: 'recue', appliedOn: '2024-02-01' })).id;
    bobApplication = (await created(fx, '/api/applications', { candidateId: bob, positionId: position.id, stage: 'recue', appliedOn: '2024-02-01' })).id;
  });

  it('uploads each accepted type (201, the record without its bytes) and downloads the same bytes as an attachment', async () => {
    for (const [ext, sample] of Object.entries(SAMPLES)) {
      const bytes = sample.make();
      const record = await created(fx, '/api/documents', documentForm(alice, { kind: 'diplome', fileName: sample.name, bytes, type: 'application/octet-stream' }));
      expect(record).toMatchObject({
        id: expect.any(Number),
        candidateId: alice,
        applicationId: null,
        kind: 'diplome',
        fileName: sample.name,
        mediaType: sample.type,
        size: bytes.length,
        sha256: await sha256Hex(bytes),
        createdAt: expect.any(String),
        version: 1,
      });
      expect(record).not.toHaveProperty('content');

      const res = await download(fx, record.id);
      expect(res.status, ext).toBe(200);
      expect(Buffer.from(await bytesOf(res)).equals(Buffer.from(bytes)), ext).toBe(true);
      expect(res.headers.get('content-type')).toBe(sample.type);
      expect(res.headers.get('content-length')).toBe(String(bytes.length));
      expect(res.headers.get('content-disposition')).toBe(attachmentDisposition(sample.name));
      expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent(sample.name)}`);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('cache-control')).toBe('private, no-store');
    }
  });

  it('never puts the bytes in a list, a record or a getMany, nor in the audit trail', async () => {
    const record = await created(fx, '/api/documents', documentForm(alice, { applicationId: aliceApplication }));
    expect(record.applicationId).toBe(aliceApplication);
    const list = await fx.call('GET', `/api/documents?filter=${encodeURIComponent(JSON.stringify({ candidateId: alice }))}&range=[0,99]`);
    const one = await fx.call('GET', `/api/documents/${record.id}`);
    const many = await fx.call('GET', `/api/documents?filter=${encodeURIComponent(JSON.stringify({ id: [record.id] }))}`);
    expect(list.body.length).toBeGreaterThan(1);
    for (const r of [...list.body, one.body, ...many.body]) {
      expect(Object.keys(r).sort()).toEqual(['applicationId', 'candidateId', 'createdAt', 'fileName', 'id', 'kind', 'mediaType', 'sha256', 'size', 'version']);
    }
    expect(one.body).toEqual(record);
    // Newest first by default.
    expect(list.body[0].id).toBe(record.id);
    // Filters on candidate, application and kind.
    const byApplication = await fx.call('GET', `/api/documents?filter=${encodeURIComponent(JSON.stringify({ applicationId: aliceApplication, kind: 'cv' }))}`);
    expect(byApplication.body.map((r: { id: number }) => r.id)).toEqual([record.id]);
    // The bytes are no field: neither a filter nor a sort reaches them.
    expect((await fx.call('GET', `/api/documents?filter=${encodeURIComponent(JSON.stringify({ content: 'x' }))}`)).status).toBe(400);
    expect((await fx.call('GET', `/api/documents?sort=${encodeURIComponent(JSON.stringify(['content', 'ASC']))}`)).status).toBe(400);

    const audit = await fx.call('GET', `/api/audit?filter=${encodeURIComponent(JSON.stringify({ resource: 'documents', recordId: record.id }))}`);
    expect(audit.body).toHaveLength(1);
    expect(audit.body[0]).toMatchObject({ action: 'create', after: { fileName: 'CV Élise Martin.pdf', size: record.size, sha256: record.sha256 } });
    expect(audit.body[0].after).not.toHaveProperty('content');
    expect(JSON.stringify(audit.body[0]).length).toBeLessThan(2000);
  });

  it('refuses a file by its content, an empty file and a file over 10 MB, with the French reason on `file`, and writes nothing', async () => {
    const before = await total(fx);
    const auditBefore = Number((await fx.call('GET', '/api/audit?range=[0,0]')).headers.get('content-range')!.split('/')[1]);
    const executable = await fx.call('POST', '/api/documents', documentForm(alice, { fileName: 'cv.pdf', bytes: sampleFiles.executable() }));
    expect(executable.status).toBe(400);
    expect(executable.body.errors.file).toMatch(/^Format non accepté : le fichier doit être un PDF, Word \(DOCX\), OpenDocument \(ODT\), JPEG ou PNG/);
    expect(executable.body.message).toBe(executable.body.errors.file);

    const empty = await fx.call('POST', '/api/documents', documentForm(alice, { bytes: new Uint8Array(0) }));
    expect(empty.status).toBe(400);
    expect(empty.body.errors).toEqual({ file: 'Le fichier est vide' });

    for (const html of [sampleFiles.html(), sampleFiles.plainZip()]) {
      const refused = await fx.call('POST', '/api/documents', documentForm(alice, { fileName: 'cv.docx', bytes: html }));
      expect(refused.status).toBe(400);
      expect(refused.body.errors.file).toMatch(/^Format non accepté/);
    }

    // Just over 10 MB: within the route's body limit, refused by the content check (400).
    const justOver = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    justOver.set(sampleFiles.pdf());
    const over = await fx.call('POST', '/api/documents', documentForm(alice, { bytes: justOver }));
    expect(over.status).toBe(400);
    expect(over.body.errors).toEqual({ file: 'Le fichier dépasse 10 Mo' });
    // Well over: refused by the body limit before it is read (413, in French).
    const huge = new Uint8Array(12 * 1024 * 1024);
    huge.set(sampleFiles.pdf());
    const tooLarge = await fx.call('POST', '/api/documents', documentForm(alice, { bytes: huge }));
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.message).toBe('Fichier trop volumineux : 10 Mo au plus');

    expect(await total(fx)).toBe(before);
    expect(Number((await fx.call('GET', '/api/audit?range=[0,0]')).headers.get('content-range')!.split('/')[1])).toBe(auditBefore);
  });

  it('gives a 2 MB body its limit on the upload path only: other paths keep 1 MiB', async () => {
    const big = new Uint8Array(2 * 1024 * 1024);
    big.set(sampleFiles.pdf());
    await created(fx, '/api/documents', documentForm(alice, { bytes: big }));
    const json = await fx.call('POST', '/api/candidates', JSON.stringify({ ...candidate('big'), notes: 'x'.repeat(2 * 1024 * 1024) }));
    expect(json.status).toBe(413);
    expect(json.body.message).toBe('Requête trop volumineuse (1 Mio au plus)');
    const put = await fx.call('PUT', '/api/documents/1', JSON.stringify({ kind: 'x'.repeat(2 * 1024 * 1024) }));
    expect(put.status).toBe(413);
  });

  it('refuses a bad candidate, an application of another candidate, a bad kind and a missing file, on their fields', async () => {
    const before = await total(fx);
    const unknown = await fx.call('POST', '/api/documents', documentForm(999_999));
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual({ candidateId: 'Cette personne est introuvable' });
    const notNumber = await fx.call('POST', '/api/documents', documentForm('abc'));
    expect(notNumber.status).toBe(400);
    expect(Object.keys(notNumber.body.errors)).toEqual(['candidateId']);
    const other = await fx.call('POST', '/api/documents', documentForm(alice, { applicationId: bobApplication }));
    expect(other.status).toBe(400);
    expect(other.body.errors).toEqual({ applicationId: 'Cette candidature n’est pas celle de cette personne' });
    const kind = await fx.call('POST', '/api/documents', documentForm(alice, { kind: 'photo' }));
    expect(kind.status).toBe(400);
    expect(Object.keys(kind.body.errors)).toEqual(['kind']);
    const form = documentForm(alice);
    form.delete('file');
    form.set('file', 'pas un fichier');
    const noFile = await fx.call('POST', '/api/documents', form);
    expect(noFile.status).toBe(400);
    expect(noFile.body.errors).toEqual({ file: 'Choisissez un fichier à déposer' });
    const json = await fx.call('POST', '/api/documents', { candidateId: alice, kind: 'cv' });
    expect(json.status).toBe(400);
    expect(json.body.message).toMatch(/multipart\/form-data/);
    const garbled = await fx.call('POST', '/api/documents', '--x\r\nnot a form', { 'content-type': 'multipart/form-data; boundary=x' });
    expect(garbled.status).toBe(400);
    expect(await total(fx)).toBe(before);
  });

  it('updates the kind and the application only (of the same candidate), and deletes with an audit entry', async () => {
    const record = await created(fx, '/api/documents', documentForm(alice));
    const moved = await fx.call('PUT', `/api/documents/${record.id}`, { version: 1, kind: 'lettre', applicationId: aliceApplication, fileName: 'autre.exe', size: 1 });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body).toMatchObject({ kind: 'lettre', applicationId: aliceApplication, fileName: record.fileName, size: record.size, version: 2 });
    const other = await fx.call('PUT', `/api/documents/${record.id}`, { version: 2, applicationId: bobApplication });
    expect(other.status).toBe(400);
    expect(other.body.errors).toEqual({ applicationId: 'Cette candidature n’est pas celle de cette personne' });
    const candidateChange = await fx.call('PUT', `/api/documents/${record.id}`, { version: 2, candidateId: bob });
    expect(candidateChange.status).toBe(400);
    expect(Object.keys(candidateChange.body.errors)).toEqual(['candidateId']);
    expect((await fx.call('GET', `/api/documents/${record.id}`)).body).toEqual(moved.body);

    // An application with documents is not deleted from under them.
    expect((await fx.call('DELETE', `/api/applications/${aliceApplication}`)).body.message).toMatch(/utilisé par des documents/);

    const deleted = await fx.call('DELETE', `/api/documents/${record.id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body).not.toHaveProperty('content');
    expect((await fx.call('GET', `/api/documents/${record.id}`)).status).toBe(404);
    expect((await download(fx, record.id)).status).toBe(404);
    const audit = await fx.call('GET', `/api/audit?filter=${encodeURIComponent(JSON.stringify({ resource: 'documents', recordId: record.id, action: 'delete' }))}`);
    expect(audit.body).toHaveLength(1);
    expect(audit.body[0].before).toMatchObject({ fileName: record.fileName, sha256: record.sha256 });
    expect(audit.body[0].before).not.toHaveProperty('content');
  });

  it('answers 404 for an unknown or malformed id, never 500', async () => {
    for (const id of ['999999', '0', 'abc', '1e3', '99999999999999'])
      expect((await download(fx, id)).status, id).toBe(404);
  });

  it('refuses members, the Région and anonymous visitors on the list, a record, a filter and the file, as for candidates', async () => {
    const record = await created(fx, '/api/documents', documentForm(alice));
    await createAccount(fx.database.db, 'membre-doc@essai.test', 'member', memberId);
    await createAccount(fx.database.db, 'region-doc@essai.test', 'region');
    const filter = encodeURIComponent(JSON.stringify({ candidateId: alice }));
    for (const who of ['membre-doc@essai.test', 'region-doc@essai.test', 'anonymous']) {
      const c = who === 'anonymous' ? fx.anonymous : await fx.as(who);
      const status = who === 'anonymous' ? 401 : 403;
      const candidates = await c.call('GET', `/api/candidates/${alice}`);
      expect(candidates.status, who).toBe(status);
      for (const path of ['/api/documents', `/api/documents/${record.id}`, `/api/documents?filter=${filter}`, `/api/documents/${record.id}/file`]) {
        const reply = await c.call('GET', path);
        expect(reply.status, `${who} ${path}`).toBe(status);
        expect(reply.headers.get('content-type'), path).toMatch(/^application\/json/);
        expect(JSON.stringify(reply.body)).not.toContain('%PDF');
        expect(JSON.stringify(reply.body)).not.toContain(record.fileName);
      }
      const upload = await c.call('POST', '/api/documents', documentForm(alice));
      expect(upload.status, who).toBe(who === 'anonymous' ? 401 : 403);
    }
    const denied = await fx.call('GET', `/api/audit?filter=${encodeURIComponent(JSON.stringify({ resource: 'documents', action: 'denied' }))}&range=[0,99]`);
    expect(denied.body.length).toBeGreaterThanOrEqual(8);
  });
});

/** The Node app's compression (compressApi) leaves a download as it is: its bytes, type and length. */
describe('a download through the Node app', () => {
  let test: TestDatabase;
  const dir = mkdtempSync(join(tmpdir(), 'maillage-documents-'));
  beforeAll(async () => {
    writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
    test = await createTestDatabase('pglite');
    await createAccount(test.database.db, TEST_ADMIN, 'admin');
  });
  afterAll(async () => {
    await test?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is not compressed nor altered, even when the client accepts gzip', async () => {
    const app = createNodeApp(test.database, dir, nodePasswords);
    const login = await app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: TEST_ADMIN, password: TEST_PASSWORD }) });
    const cookie = login.headers.get('set-cookie')!.split(';')[0];
    const csrf = (await login.json()).csrfToken as string;
    const headers = { cookie, 'x-csrf-token': csrf, 'accept-encoding': 'gzip' };
    const person = await (await app.request('/api/candidates', { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(candidate('node')) })).json();
    // A PDF of several KB that gzip would shrink: the point is that it is left alone.
    const bytes = new Uint8Array(20_000);
    bytes.set(sampleFiles.pdf());
    const upload = await app.request('/api/documents', { method: 'POST', headers, body: documentForm(person.id, { bytes }) });
    expect(upload.status).toBe(201);
    const record = await upload.json();
    const res = await app.request(`/api/documents/${record.id}/file`, { headers });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-length')).toBe(String(bytes.length));
    expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
  });
});
