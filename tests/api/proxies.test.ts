import { eq, like } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { createApp } from '../../src/server/app';
import { nodePasswords } from '../../src/server/auth/passwords-node';
import { addressKey, IP_LIMIT, recordFailure } from '../../src/server/auth/throttle';
import { loginThrottle } from '../../src/server/db/schema';
import { describeEachDatabase, TEST_PASSWORD, type ApiFixture } from '../support/database';

/**
 * The client's address and scheme (issue 13, point 3): forwarding headers are believed from
 * TRUSTED_PROXIES only; the session cookie is Secure and `__Host-` over HTTPS or with COOKIE_SECURE=1.
 * And the password change (point 9) is throttled like sign-in.
 */

/** A request as @hono/node-server hands it: the socket's peer in `env.incoming`. */
function from(fx: ApiFixture, options: { trustedProxies?: string; cookieSecure?: boolean } = {}) {
  const app = createApp(fx.database, { passwords: nodePasswords, ...options });
  return (peer: string, path: string, init: { method?: string; headers?: Record<string, string>; body?: unknown } = {}) =>
    app.request(
      path,
      {
        method: init.method ?? 'GET',
        headers: { 'content-type': 'application/json', ...init.headers },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      },
      { incoming: { socket: { remoteAddress: peer } } },
    );
}

const failedLogin = { method: 'POST', body: { email: 'inconnu@essai.test', password: 'faux' } };

async function throttledAddresses(fx: ApiFixture) {
  const rows = await fx.database.db.select({ key: loginThrottle.key }).from(loginThrottle).where(like(loginThrottle.key, 'ip:%'));
  return rows.map((r) => r.key).sort();
}

describeEachDatabase('client address behind proxies, secure cookies, password change throttle', (fx) => {
  it('counts failures against the socket’s address when the peer is not a trusted proxy, whatever X-Forwarded-For says', async () => {
    await fx.database.db.delete(loginThrottle);
    const request = from(fx, { trustedProxies: '10.0.0.0/8' });
    for (const forwarded of ['1.1.1.1', '2.2.2.2', '3.3.3.3'])
      expect((await request('203.0.113.5', '/api/auth/login', { ...failedLogin, headers: { 'x-forwarded-for': forwarded } })).status).toBe(401);
    expect(await throttledAddresses(fx)).toEqual(['ip:203.0.113.5']);
  });

  it('believes X-Forwarded-For from a trusted proxy: the rightmost address that is not a proxy', async () => {
    await fx.database.db.delete(loginThrottle);
    const request = from(fx, { trustedProxies: '10.0.0.0/8' });
    const reply = await request('10.0.0.2', '/api/auth/login', { ...failedLogin, headers: { 'x-forwarded-for': '6.6.6.6, 198.51.100.7, 10.0.0.3' } });
    expect(reply.status).toBe(401);
    expect(await throttledAddresses(fx)).toEqual(['ip:198.51.100.7']);
  });

  it('rotating X-Forwarded-For does not escape the per-address lock', async () => {
    await fx.database.db.delete(loginThrottle);
    const request = from(fx); // no trusted proxy at all (the default)
    // IP_LIMIT - 1 failures already counted for this socket address (50 scrypt checks would take seconds).
    for (let i = 0; i < IP_LIMIT - 1; i++) await recordFailure(fx.database.db, addressKey('203.0.113.9'), IP_LIMIT);
    const attempt = (i: number) =>
      request('203.0.113.9', '/api/auth/login', { method: 'POST', headers: { 'x-forwarded-for': `192.0.2.${i}` }, body: { email: `essai${i}@essai.test`, password: 'faux' } });
    expect((await attempt(1)).status).toBe(401); // the last one allowed: it locks the address
    const locked = await attempt(2);
    expect(locked.status).toBe(429);
    expect(await throttledAddresses(fx)).toEqual(['ip:203.0.113.9']);
  });

  it('sets a Secure __Host- cookie over HTTPS through a trusted proxy or with COOKIE_SECURE=1, and not on the word of anyone else', async () => {
    await fx.database.db.delete(loginThrottle);
    const login = { method: 'POST', body: { email: 'rh@essai.test', password: TEST_PASSWORD } };
    const trusted = from(fx, { trustedProxies: '10.0.0.2' });
    const viaProxy = await trusted('10.0.0.2', '/api/auth/login', { ...login, headers: { 'x-forwarded-for': '198.51.100.7', 'x-forwarded-proto': 'https' } });
    expect(viaProxy.status).toBe(200);
    const cookie = viaProxy.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^__Host-maillage_session=[0-9a-f]{64};/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; Path=\//);
    const me = await trusted('10.0.0.2', '/api/auth/me', { headers: { cookie: cookie.split(';')[0] } });
    expect(me.status).toBe(200);

    const spoofed = await trusted('203.0.113.5', '/api/auth/login', { ...login, headers: { 'x-forwarded-proto': 'https' } });
    expect(spoofed.headers.get('set-cookie')).toMatch(/^maillage_session=/);
    expect(spoofed.headers.get('set-cookie')).not.toMatch(/Secure/);

    const forced = await from(fx, { cookieSecure: true })('203.0.113.5', '/api/auth/login', login);
    expect(forced.headers.get('set-cookie')).toMatch(/^__Host-maillage_session=.*; Secure/);
  });

  it('throttles the password change like sign-in, and refuses a new password equal to the current one', async () => {
    await fx.database.db.delete(loginThrottle);
    const email = 'mdp@essai.test';
    await fx.createUser(email, 'hr');
    const user = await fx.as(email);
    const change = (currentPassword: string, newPassword: string) => user.call('POST', '/api/auth/password', { currentPassword, newPassword });

    const same = await change(TEST_PASSWORD, TEST_PASSWORD);
    expect(same.status).toBe(400);
    expect(Object.keys(same.body.errors)).toEqual(['newPassword']);

    for (let i = 0; i < 5; i++) expect((await change(`faux-${i}-mot-de-passe`, 'un-nouveau-mot-de-passe')).status).toBe(400);
    const locked = await change(TEST_PASSWORD, 'un-nouveau-mot-de-passe');
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(locked.body.message).toMatch(/Trop de tentatives/);
    // Still the old password: the locked attempt changed nothing.
    const [key] = await fx.database.db.select().from(loginThrottle).where(eq(loginThrottle.key, `password:${user.identity!.id}`));
    expect(key.lockedUntil).not.toBeNull();
    expect((await fx.anonymous.call('POST', '/api/auth/login', { email, password: TEST_PASSWORD })).status).toBe(200);
  });
}, async (fx) => {
  await fx.createUser('rh@essai.test', 'hr');
});
