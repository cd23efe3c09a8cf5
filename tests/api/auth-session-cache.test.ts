import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { findSession, SESSION_CACHE_MS } from '../../src/server/auth/sessions';
import { sessions } from '../../src/server/db/schema';
import { describeEachDatabase, signIn, TEST_PASSWORD } from '../support/database';

/**
 * Each process keeps the sessions it has read for SESSION_CACHE_MS (one query less per request). What
 * this process revokes takes effect at once; what another process (or a script) changes in the database
 * is seen once the kept copy is older than SESSION_CACHE_MS.
 */
describeEachDatabase('session cache', (fx) => {
  const token = (cookie: string) => cookie.split('=')[1];

  it('signs out through the same process: the next request is refused at once', async () => {
    const client = await signIn(fx.app, 'cache@essai.test');
    expect((await client.call('GET', '/api/members')).status).toBe(200); // now kept by the process
    expect((await client.call('POST', '/api/auth/logout')).status).toBe(200);
    expect((await client.call('GET', '/api/members')).status).toBe(401);
    expect((await client.call('GET', '/api/auth/me')).status).toBe(401);
  });

  it('changing one’s password closes the other sessions at once, even those just used', async () => {
    await fx.createUser('password@essai.test', 'region');
    const client = await signIn(fx.app, 'password@essai.test');
    const other = await signIn(fx.app, 'password@essai.test');
    expect((await other.call('GET', '/api/auth/me')).status).toBe(200);
    const changed = await client.call('POST', '/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'une autre phrase de passe' });
    expect(changed.status).toBe(200);
    expect((await other.call('GET', '/api/auth/me')).status).toBe(401);
    expect((await client.call('GET', '/api/auth/me')).status).toBe(200);
  });

  it('an administrator disabling an account or changing its role takes effect on its next request', async () => {
    const id = await fx.createUser('change-role@essai.test', 'region');
    const client = await signIn(fx.app, 'change-role@essai.test');
    expect((await client.call('GET', '/api/auth/me')).body.role).toBe('region');

    const user = (await fx.call('GET', `/api/users/${id}`)).body;
    const asHr = await fx.call('PUT', `/api/users/${id}`, { ...user, role: 'hr' });
    expect(asHr.status).toBe(200);
    expect((await client.call('GET', '/api/auth/me')).body.role).toBe('hr');

    const disabled = await fx.call('PUT', `/api/users/${id}`, { ...asHr.body, active: false });
    expect(disabled.status).toBe(200);
    expect((await client.call('GET', '/api/auth/me')).status).toBe(401);
  });

  it('sees a session revoked by another process once its kept copy is older than SESSION_CACHE_MS', async () => {
    const client = await signIn(fx.app, 'cache@essai.test');
    const now = new Date();
    const kept = await findSession(fx.database.db, token(client.cookie!), now);
    expect(kept?.user.email).toBe('cache@essai.test');
    // Another process signs this session out: only the database knows.
    await fx.database.db.delete(sessions).where(eq(sessions.tokenHash, kept!.tokenHash));
    expect(await findSession(fx.database.db, token(client.cookie!), new Date(now.getTime() + 1000))).not.toBeNull();
    expect(await findSession(fx.database.db, token(client.cookie!), new Date(now.getTime() + SESSION_CACHE_MS))).toBeNull();
    expect((await client.call('GET', '/api/auth/me')).status).toBe(401);
  });
}, async (fx) => {
  await fx.createUser('cache@essai.test', 'region');
});
