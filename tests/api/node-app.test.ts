import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodePasswords } from '../../src/server/auth/passwords-node';
import { COMPRESS_FROM_BYTES, createNodeApp } from '../../src/server/node-app';
import { createAccount, TEST_ADMIN, TEST_PASSWORD } from '../support/accounts';
import { createTestDatabase, type TestDatabase } from '../support/database';

/**
 * What `npm start` serves besides the API: hashed assets cached for a year, index.html never cached,
 * and compression of answers of COMPRESS_FROM_BYTES or more only (a small JSON answer is sent as is).
 */
describe('the Node app: caching and compression', () => {
  let test: TestDatabase;
  let app: ReturnType<typeof createNodeApp>;
  let cookie: string;
  let csrf: string;
  const dir = mkdtempSync(join(tmpdir(), 'maillage-node-app-'));

  beforeAll(async () => {
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(dir, 'assets/index-AbC123.js'), `console.log(${JSON.stringify('maillage '.repeat(500))});`);
    test = await createTestDatabase('pglite');
    await createAccount(test.database.db, TEST_ADMIN, 'admin');
    app = createNodeApp(test.database, dir, nodePasswords);
    const login = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: TEST_ADMIN, password: TEST_PASSWORD }),
    });
    cookie = login.headers.get('set-cookie')!.split(';')[0];
    csrf = (await login.json()).csrfToken;
  });

  afterAll(async () => {
    await test?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (path: string) => app.request(path, { headers: { cookie, 'accept-encoding': 'gzip, deflate' } });

  it('serves the public offers (server-rendered pages) before the single-page app’s fallback', async () => {
    const list = await app.request('/offres');
    expect(list.status).toBe(200);
    expect(await list.text()).toContain('<h1>Offres d’emploi dans les centres de santé</h1>');
    expect(list.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    const unknown = await app.request('/offres/424242');
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('Offre introuvable');
  });

  it('keeps the GDPR export page’s own policy (its stylesheet’s hash) and the API’s on every other answer', async () => {
    const created = await app.request('/api/candidates', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': csrf },
      body: JSON.stringify({ firstName: 'Lou', lastName: 'Durand', email: 'lou.durand@exemple.fr', profession: 'medecin', source: 'site', consentUntil: '2028-01-01' }),
    });
    expect(created.status).toBe(201);
    const page = await get(`/api/candidates/${(await created.json()).id}/export?format=html`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/^default-src 'none'; style-src 'sha256-/);
    expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect((await get('/api/auth/me')).headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it('sends a small JSON answer uncompressed, with its length', async () => {
    const me = await get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.headers.get('content-encoding')).toBeNull();
    const text = await me.text();
    expect(Number(me.headers.get('content-length'))).toBe(Buffer.byteLength(text));
    expect(Buffer.byteLength(text)).toBeLessThan(COMPRESS_FROM_BYTES);
    expect(JSON.parse(text)).toMatchObject({ email: TEST_ADMIN, role: 'admin' });
  });

  it('compresses a larger JSON answer, which still reads the same', async () => {
    for (let i = 0; i < 12; i++) await createAccount(test.database.db, `compte-${i}@essai.test`, 'hr');
    const list = await get('/api/users');
    expect(list.status).toBe(200);
    expect(list.headers.get('content-encoding')).toBe('gzip');
    // Request.text() undoes the gzip only in a browser or fetch; here the body is the raw gzip stream.
    const { gunzipSync } = await import('node:zlib');
    const users = JSON.parse(gunzipSync(Buffer.from(await list.arrayBuffer())).toString()) as { email: string }[];
    expect(users.map((u) => u.email)).toContain('compte-11@essai.test');
    expect(list.headers.get('vary')).toMatch(/accept-encoding/i);
  });

  it('sends the same larger answer plain to a client that does not accept gzip, saying it varies', async () => {
    const list = await app.request('/api/users', { headers: { cookie } });
    expect(list.status).toBe(200);
    expect(list.headers.get('content-encoding')).toBeNull();
    expect(list.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(list.headers.get('content-range')).toMatch(/^users 0-\d+\/\d+$/);
    expect(((await list.json()) as { email: string }[]).map((u) => u.email)).toContain('compte-11@essai.test');
  });

  it('caches hashed assets for a year, compressed, and never index.html', async () => {
    const asset = await get('/assets/index-AbC123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    const page = await app.request('/centres/3', { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('<div id="root">');
  });
});
