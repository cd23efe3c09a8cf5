import { eq } from 'drizzle-orm';
import { Hono, type Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { fieldErrorsOf } from '../../domain/field-errors';
import { newPassword } from '../../domain/resources/users';
import { recordAudit } from '../audit';
import type { AppEnv } from '../context';
import { users } from '../db/schema';
import { ApiError, badRequest } from '../errors';
import { jsonBody } from '../rest/router';
import { ABSOLUTE_TIMEOUT_MS, createSession, revokeSession, revokeUserSessions, SECURE_SESSION_COOKIE, SESSION_COOKIE, type Principal } from './sessions';
import { addressKey, clearFailures, EMAIL_LIMIT, IP_LIMIT, lockedFor, recordFailure, throttleKeys } from './throttle';

/** POST /auth/login (public: src/server/public.ts mounts it), POST /auth/logout, GET /auth/me, POST /auth/password. */

const loginBody = z.object({ email: z.string().trim().toLowerCase().max(200), password: z.string().max(500) });
const passwordBody = z.object({
  currentPassword: z.string().max(500),
  newPassword,
});

/** Same answer whether the address is unknown, the password wrong or the account disabled. */
const WRONG_CREDENTIALS = 'Adresse électronique ou mot de passe incorrect';

export const identity = (user: Principal, csrfToken: string) => ({ ...user, csrfToken });

/** The session cookie: `Secure` with the `__Host-` prefix over HTTPS (or with COOKIE_SECURE=1), plain otherwise. */
function sessionCookie(c: Context<AppEnv>) {
  const secure = c.var.cookieSecure || c.var.client().https;
  return { name: secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE, secure };
}

/** 429 with Retry-After while one of the keys is locked. */
async function refuseWhileLocked(c: Context<AppEnv>, keys: string[], what: string) {
  const wait = await lockedFor(c.var.db, keys);
  if (wait <= 0) return;
  c.header('Retry-After', String(Math.ceil(wait / 1000)));
  throw new ApiError(429, `Trop de tentatives ${what}. Réessayez dans ${Math.ceil(wait / 60000)} minute(s).`);
}

/** POST /auth/login: reachable without a session (mounted before the session middleware). */
export function signInRoutes() {
  const auth = new Hono<AppEnv>();

  auth.post('/login', async (c) => {
    const parsed = loginBody.safeParse(await jsonBody(c.req.raw));
    if (!parsed.success) throw badRequest('Adresse électronique et mot de passe attendus');
    const { email, password } = parsed.data;
    const db = c.var.db;
    const [emailKey, ipKey] = throttleKeys(email, c.var.client().ip);
    await refuseWhileLocked(c, [emailKey, ipKey], 'de connexion');

    const [user] = await db.select().from(users).where(eq(users.email, email));
    const valid = await c.var.passwords.verify(password, user?.active ? user.passwordHash : null);
    if (!user || !user.active || !valid) {
      await recordFailure(db, emailKey, EMAIL_LIMIT);
      await recordFailure(db, ipKey, IP_LIMIT);
      // The typed « address » is recorded only when it names an account: otherwise it may be anything,
      // a password typed in the wrong field included, and the log is read by more people than admins.
      await recordAudit(db, { userId: user?.id ?? null, action: 'login_failed', resource: 'auth', after: user ? { email: user.email } : null });
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
    else {
      const cookie = sessionCookie(c);
      setCookie(c, cookie.name, token, { httpOnly: true, sameSite: 'Lax', secure: cookie.secure, path: '/', maxAge: ABSOLUTE_TIMEOUT_MS / 1000 });
    }
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
    const cookie = sessionCookie(c);
    deleteCookie(c, cookie.name, { path: '/', secure: cookie.secure });
    return c.json({ message: 'Déconnecté' });
  });

  auth.get('/me', (c) => c.json(identity(c.var.session!.user, c.var.session!.csrfToken)));

  auth.post('/password', async (c) => {
    const session = c.var.session!;
    const parsed = passwordBody.safeParse(await jsonBody(c.req.raw));
    if (!parsed.success) {
      throw badRequest('Mot de passe refusé', fieldErrorsOf(parsed.error.issues));
    }
    const db = c.var.db;
    // Throttled like sign-in: otherwise a stolen session could try current passwords without limit.
    const [accountKey, ipKey] = [`password:${session.user.id}`, addressKey(c.var.client().ip)];
    await refuseWhileLocked(c, [accountKey, ipKey], 'de changement de mot de passe');
    const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, session.user.id));
    if (!(await c.var.passwords.verify(parsed.data.currentPassword, user?.passwordHash ?? null))) {
      await recordFailure(db, accountKey, EMAIL_LIMIT);
      await recordFailure(db, ipKey, IP_LIMIT);
      throw badRequest('Mot de passe actuel incorrect', { currentPassword: 'Mot de passe actuel incorrect' });
    }
    await clearFailures(db, accountKey);
    if (parsed.data.newPassword === parsed.data.currentPassword)
      throw badRequest('Mot de passe refusé', { newPassword: 'Le nouveau mot de passe doit être différent de l’actuel' });
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
