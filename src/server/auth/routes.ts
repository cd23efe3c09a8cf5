import { eq } from 'drizzle-orm';
import { Hono, type Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { newPassword } from '../../domain/resources/users';
import { recordAudit } from '../audit';
import type { AppEnv } from '../context';
import { users } from '../db/schema';
import { ApiError, badRequest } from '../errors';
import { jsonBody } from '../rest/router';
import { ABSOLUTE_TIMEOUT_MS, createSession, revokeSession, revokeUserSessions, SESSION_COOKIE, type Principal } from './sessions';
import { clearFailures, EMAIL_LIMIT, IP_LIMIT, lockedFor, recordFailure, throttleKeys } from './throttle';

/** POST /auth/login (public: src/server/public.ts mounts it), POST /auth/logout, GET /auth/me, POST /auth/password. */

const loginBody = z.object({ email: z.string().trim().toLowerCase().max(200), password: z.string().max(500) });
const passwordBody = z.object({
  currentPassword: z.string().max(500),
  newPassword,
});

/** Same answer whether the address is unknown, the password wrong or the account disabled. */
const WRONG_CREDENTIALS = 'Adresse électronique ou mot de passe incorrect';

export const identity = (user: Principal, csrfToken: string) => ({ ...user, csrfToken });

/** The client's address: the first hop of X-Forwarded-For behind a proxy, else the socket's. */
function clientIp(c: Context<AppEnv>): string {
  const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return forwarded || incoming?.socket?.remoteAddress || 'local';
}

/** POST /auth/login: reachable without a session (mounted before the session middleware). */
export function signInRoutes() {
  const auth = new Hono<AppEnv>();

  auth.post('/login', async (c) => {
    const parsed = loginBody.safeParse(await jsonBody(c.req.raw));
    if (!parsed.success) throw badRequest('Adresse électronique et mot de passe attendus');
    const { email, password } = parsed.data;
    const db = c.var.db;
    const [emailKey, ipKey] = throttleKeys(email, clientIp(c));

    const wait = await lockedFor(db, [emailKey, ipKey]);
    if (wait > 0) {
      c.header('Retry-After', String(Math.ceil(wait / 1000)));
      throw new ApiError(429, `Trop de tentatives de connexion. Réessayez dans ${Math.ceil(wait / 60000)} minute(s).`);
    }

    const [user] = await db.select().from(users).where(eq(users.email, email));
    const valid = await c.var.passwords.verify(password, user?.active ? user.passwordHash : null);
    if (!user || !user.active || !valid) {
      await recordFailure(db, emailKey, EMAIL_LIMIT);
      await recordFailure(db, ipKey, IP_LIMIT);
      await recordAudit(db, { userId: user?.id ?? null, action: 'login_failed', resource: 'auth', after: { email } });
      throw new ApiError(401, WRONG_CREDENTIALS);
    }

    await clearFailures(db, emailKey);
    const principal: Principal = { id: user.id, email: user.email, name: user.name, role: user.role as Principal['role'], memberId: user.memberId };
    const { token, csrfToken } = await db.transaction(async (tx) => {
      const session = await createSession(tx, user.id);
      await recordAudit(tx, { userId: user.id, action: 'login', resource: 'auth', recordId: user.id });
      return session;
    });
    if (c.var.sessionTransport === 'header') c.header('X-Session-Token', token);
    else setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: new URL(c.req.url).protocol === 'https:',
      path: '/',
      maxAge: ABSOLUTE_TIMEOUT_MS / 1000,
    });
    return c.json(identity(principal, csrfToken));
  });
  return auth;
}

/** The signed-in caller's own session and password. */
export function authRoutes() {
  const auth = new Hono<AppEnv>();

  auth.post('/logout', async (c) => {
    const session = c.var.session!;
    await revokeSession(c.var.db, session.tokenHash);
    await recordAudit(c.var.db, { userId: session.user.id, action: 'logout', resource: 'auth', recordId: session.user.id });
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({ message: 'Déconnecté' });
  });

  auth.get('/me', (c) => c.json(identity(c.var.session!.user, c.var.session!.csrfToken)));

  auth.post('/password', async (c) => {
    const session = c.var.session!;
    const parsed = passwordBody.safeParse(await jsonBody(c.req.raw));
    if (!parsed.success) {
      const errors = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
      throw badRequest('Mot de passe refusé', errors);
    }
    const db = c.var.db;
    const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, session.user.id));
    if (!(await c.var.passwords.verify(parsed.data.currentPassword, user?.passwordHash ?? null)))
      throw badRequest('Mot de passe actuel incorrect', { currentPassword: 'Mot de passe actuel incorrect' });
    const passwordHash = await c.var.passwords.hash(parsed.data.newPassword);
    await db.transaction(async (tx) => {
      await tx.update(users).set({ passwordHash }).where(eq(users.id, session.user.id));
      await revokeUserSessions(tx, session.user.id, session.tokenHash);
      await recordAudit(tx, { userId: session.user.id, action: 'update', resource: 'users', recordId: session.user.id, after: { password: 'modifié' } });
    });
    return c.json({ message: 'Mot de passe modifié' });
  });

  return auth;
}
