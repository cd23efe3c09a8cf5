import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../context';
import { ApiError } from '../errors';
import { findSession, forgetSessions, SECURE_SESSION_COOKIE, SESSION_COOKIE } from './sessions';

export type SessionTransport = 'cookie' | 'header';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Writes after which this process forgets the sessions it keeps (see findSession): accounts and passwords. */
const CHANGES_SESSIONS = /^\/api\/(users|auth\/password)(\/|$)/;

/**
 * Every /api route mounted after this middleware needs a live session; 401 otherwise. The public ones
 * (src/server/public.ts) are mounted before it and answer without reaching it.
 */
export const requireSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token =
    c.var.sessionTransport === 'header' ? /^Bearer (\S+)$/.exec(c.req.header('authorization') ?? '')?.[1] : (getCookie(c, SECURE_SESSION_COOKIE) ?? getCookie(c, SESSION_COOKIE));
  const session = token ? await findSession(c.var.db, token) : null;
  if (!session) throw new ApiError(401, 'Session absente ou expirée : veuillez vous connecter');
  c.set('session', session);
  c.set('actor', { userId: session.user.id, passwords: c.var.passwords });
  await next();
  // A role, member or active flag may have changed, or sessions been revoked in a transaction now committed.
  if (!SAFE.has(c.req.method) && CHANGES_SESSIONS.test(c.req.path)) forgetSessions();
};

/** Every write carries the session's CSRF token in X-CSRF-Token (a cross-site page cannot read it). */
export const requireCsrfToken: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (SAFE.has(c.req.method)) return next();
  const sent = c.req.header('x-csrf-token') ?? '';
  const expected = c.var.session?.csrfToken ?? '';
  let diff = sent.length ^ expected.length;
  for (let i = 0; i < expected.length; i++) diff |= sent.charCodeAt(i) ^ expected.charCodeAt(i);
  if (!expected || diff !== 0) throw new ApiError(403, 'Jeton anti-CSRF absent ou invalide : rechargez la page');
  await next();
};
