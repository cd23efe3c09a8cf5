import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { resources } from '../../src/domain/resources';
import { auditEntries, sessions } from '../../src/server/db/schema';
import { clientOf, describeEachDatabase, signIn, TEST_ADMIN, TEST_PASSWORD } from '../support/database';

describeEachDatabase('sign-in, sessions and CSRF', (fx) => {
  it('signs in: identity with role, member and CSRF token, and an HttpOnly SameSite=Lax cookie', async () => {
    const reply = await fx.anonymous.call('POST', '/api/auth/login', { email: 'RH@essai.test ', password: TEST_PASSWORD });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ email: 'rh@essai.test', role: 'hr', memberId: null, name: 'rh' });
    expect(reply.body.csrfToken).toMatch(/^[0-9a-f]{48}$/);
    expect(reply.body).not.toHaveProperty('passwordHash');
    const cookie = reply.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^maillage_session=[0-9a-f]{64};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const me = await clientOf(fx.app, { cookie: cookie.split(';')[0], csrfToken: reply.body.csrfToken }).call('GET', '/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ email: 'rh@essai.test', role: 'hr', csrfToken: reply.body.csrfToken });
  });

  it('answers a wrong password and an unknown address alike, and audits the failure', async () => {
    const wrong = await fx.anonymous.call('POST', '/api/auth/login', { email: 'rh@essai.test', password: 'pas le bon' });
    const unknown = await fx.anonymous.call('POST', '/api/auth/login', { email: 'personne@essai.test', password: 'pas le bon' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    const failures = await fx.database.db.select().from(auditEntries).where(eq(auditEntries.action, 'login_failed'));
    // The address is recorded only when it names an account (a password typed in the wrong field must not be logged).
    expect(failures.map((f) => (f.after as { email: string } | null)?.email ?? null)).toEqual(expect.arrayContaining(['rh@essai.test', null]));
    expect(JSON.stringify(failures)).not.toContain('personne@essai.test');
  });

  it('locks an address after 5 failures, even with the right password then, and says the same for unknown addresses', async () => {
    await fx.createUser('verrou@essai.test', 'hr');
    for (let i = 0; i < 5; i++) expect((await fx.anonymous.call('POST', '/api/auth/login', { email: 'verrou@essai.test', password: 'faux' })).status).toBe(401);
    const locked = await fx.anonymous.call('POST', '/api/auth/login', { email: 'verrou@essai.test', password: TEST_PASSWORD });
    expect(locked.status).toBe(429);
    expect(locked.body.message).toMatch(/Trop de tentatives/);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    for (let i = 0; i < 5; i++) await fx.anonymous.call('POST', '/api/auth/login', { email: 'inconnu@essai.test', password: 'faux' });
    const lockedUnknown = await fx.anonymous.call('POST', '/api/auth/login', { email: 'inconnu@essai.test', password: 'faux' });
    expect(lockedUnknown.status).toBe(429);
    expect(lockedUnknown.body.message).toBe(locked.body.message);
  });

  it('refuses malformed sign-in bodies with 400', async () => {
    expect((await fx.anonymous.call('POST', '/api/auth/login', '{not json')).status).toBe(400);
    expect((await fx.anonymous.call('POST', '/api/auth/login', { email: 3 })).status).toBe(400);
  });

  it('answers 401 on every /api route without a session, but sign-in and health', async () => {
    for (const r of resources) {
      expect((await fx.anonymous.call('GET', `/api/${r.name}`)).status).toBe(401);
      expect((await fx.anonymous.call('GET', `/api/${r.name}/1`)).status).toBe(401);
      expect((await fx.anonymous.call('POST', `/api/${r.name}`, {})).status).toBe(401);
    }
    expect((await fx.anonymous.call('GET', '/api/auth/me')).status).toBe(401);
    expect((await fx.anonymous.call('GET', '/api/health')).status).toBe(200);
    const forged = clientOf(fx.app, { cookie: `maillage_session=${'0'.repeat(64)}`, csrfToken: 'x' });
    expect((await forged.call('GET', '/api/members')).status).toBe(401);
  });

  it('requires the CSRF token on every write', async () => {
    const target = { year: 2035, professionals: 1, centres: 1 };
    expect((await fx.call('POST', '/api/targets', target, { 'x-csrf-token': '' })).status).toBe(403);
    expect((await fx.call('POST', '/api/targets', target, { 'x-csrf-token': 'a'.repeat(48) })).status).toBe(403);
    expect((await fx.call('GET', '/api/targets?filter={"year":2035}')).body).toEqual([]);
    expect((await fx.call('POST', '/api/targets', target)).status).toBe(201);
  });

  it('ends a session left idle for 30 minutes', async () => {
    const client = await signIn(fx.app, 'rh@essai.test');
    await fx.database.db.update(sessions).set({ lastSeenAt: sql`now() - interval '31 minutes'` });
    expect((await client.call('GET', '/api/members')).status).toBe(401);
    const again = await fx.as(TEST_ADMIN);
    Object.assign(fx, { call: again.call, cookie: again.cookie, csrfToken: again.csrfToken });
  });

  it('revokes the session on sign-out', async () => {
    const client = await signIn(fx.app, 'rh@essai.test');
    expect((await client.call('POST', '/api/auth/logout')).status).toBe(200);
    expect((await client.call('GET', '/api/members')).status).toBe(401);
    const entries = await fx.database.db.select().from(auditEntries).where(eq(auditEntries.action, 'logout'));
    expect(entries.length).toBeGreaterThan(0);
  });

  it('changes one’s password: checks the current one and the length, then only the new one works', async () => {
    await fx.createUser('change@essai.test', 'region');
    const client = await signIn(fx.app, 'change@essai.test');
    const other = await signIn(fx.app, 'change@essai.test');
    const wrong = await client.call('POST', '/api/auth/password', { currentPassword: 'faux', newPassword: 'un nouveau mot de passe' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toHaveProperty('currentPassword');
    const short = await client.call('POST', '/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'court' });
    expect(short.status).toBe(400);
    expect(short.body.errors).toHaveProperty('newPassword');
    expect((await client.call('POST', '/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'un nouveau mot de passe' })).status).toBe(200);
    expect((await client.call('GET', '/api/auth/me')).status).toBe(200);
    expect((await other.call('GET', '/api/auth/me')).status).toBe(401);
    expect((await fx.anonymous.call('POST', '/api/auth/login', { email: 'change@essai.test', password: TEST_PASSWORD })).status).toBe(401);
    await signIn(fx.app, 'change@essai.test', 'un nouveau mot de passe');
  });

  it('sends security headers on every answer', async () => {
    for (const reply of [await fx.anonymous.call('GET', '/api/health'), await fx.call('GET', '/api/members'), await fx.anonymous.call('GET', '/api/members')]) {
      expect(reply.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
      expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
      expect(reply.headers.get('referrer-policy')).toBe('same-origin');
      expect(reply.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    }
  });
}, async (fx) => {
  await fx.createUser('rh@essai.test', 'hr');
});
