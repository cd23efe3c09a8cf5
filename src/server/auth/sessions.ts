import { and, eq, gt, lt, ne } from 'drizzle-orm';
import type { Role } from '../../domain/enums';
import { sessions, users } from '../db/schema';
import type { Executor } from '../db/types';

/** Who is signed in, as handlers and policies see it. */
export interface Principal {
  id: number;
  email: string;
  name: string;
  role: Role;
  memberId: number | null;
}

export interface SessionState {
  tokenHash: string;
  csrfToken: string;
  user: Principal;
}

/** A session ends after this long without a request… */
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
/** …and in any case this long after sign-in. */
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** `last_seen_at` is written at most this often, not on every request. */
const TOUCH_EVERY_MS = 60 * 1000;

export const SESSION_COOKIE = 'maillage_session';

const toHex = (bytes: ArrayBuffer | Uint8Array) => Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

export function randomToken(bytes = 32): string {
  return toHex(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** Only the hash of a session token is stored: a copy of the database does not open sessions. */
export async function hashToken(token: string): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token)));
}

export async function createSession(db: Executor, userId: number, now = new Date()) {
  const token = randomToken();
  const csrfToken = randomToken(24);
  await db.insert(sessions).values({
    tokenHash: await hashToken(token),
    userId,
    csrfToken,
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS).toISOString(),
  });
  // Sessions of anybody that ended long ago are cleared now and then, by whoever signs in.
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date(now.getTime() - ABSOLUTE_TIMEOUT_MS).toISOString()));
  return { token, csrfToken };
}

/** The live session behind a cookie token, or null (unknown, idle too long, expired, user disabled). */
export async function findSession(db: Executor, token: string, now = new Date()): Promise<SessionState | null> {
  if (!/^[0-9a-f]{64}$/.test(token)) return null;
  const tokenHash = await hashToken(token);
  const [row] = await db
    .select({
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      memberId: users.memberId,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, tokenHash),
        eq(users.active, true),
        gt(sessions.expiresAt, now.toISOString()),
        gt(sessions.lastSeenAt, new Date(now.getTime() - IDLE_TIMEOUT_MS).toISOString()),
      ),
    );
  if (!row) return null;
  if (now.getTime() - Date.parse(row.lastSeenAt) > TOUCH_EVERY_MS)
    await db.update(sessions).set({ lastSeenAt: now.toISOString() }).where(eq(sessions.tokenHash, tokenHash));
  const { csrfToken, lastSeenAt: _, ...user } = row;
  return { tokenHash, csrfToken, user: { ...user, role: user.role as Role } };
}

export async function revokeSession(db: Executor, tokenHash: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Ends every session of a user but one (after a password change), or all of them. */
export async function revokeUserSessions(db: Executor, userId: number, keepTokenHash?: string) {
  await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), keepTokenHash ? ne(sessions.tokenHash, keepTokenHash) : undefined));
}
