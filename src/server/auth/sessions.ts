import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
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
/**
 * A session read from the database is trusted by this process for this long without reading it again
 * (one query less per request). What this process revokes (sign-out, password change, any write to a
 * user account) is forgotten at once; what another process revokes is seen within this delay.
 */
export const SESSION_CACHE_MS = 5 * 1000;
const SESSION_CACHE_MAX = 10_000;

export const SESSION_COOKIE = 'maillage_session';
/**
 * The cookie's name when it is `Secure`: the `__Host-` prefix makes the browser refuse it unless it is
 * Secure, has Path=/ and no Domain, so a sibling subdomain or a plain-HTTP page cannot plant or shadow it.
 */
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

export function randomToken(bytes = 32): string {
  return bytesToHex(crypto.getRandomValues(new Uint8Array(bytes)));
}

/**
 * Only the hash of a session token is stored: a copy of the database does not open sessions. SHA-256 in
 * JavaScript (3 µs, synchronous) rather than `crypto.subtle.digest` (~50 µs a call through its promise):
 * it runs on every request, in Node and in the browser demo alike.
 */
export function hashToken(token: string): string {
  return bytesToHex(sha256(utf8ToBytes(token)));
}

export async function createSession(db: Executor, userId: number, now = new Date()) {
  const token = randomToken();
  const csrfToken = randomToken(24);
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
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

interface CachedSession {
  state: SessionState;
  readAt: number;
  lastSeenAt: number;
  expiresAt: number;
}

/**
 * Sessions recently read, by token hash, for the whole process (token hashes are unique across
 * databases; forgetting a user's sessions forgets that id in every database, which only costs a read).
 */
const sessionCache = new Map<string, CachedSession>();
/** Bumped by every revocation, so that a read begun before it is not cached after it. */
let generation = 0;

/** Forgets every cached session (after a write to user accounts: role, member, active flag may have changed). */
export function forgetSessions() {
  generation++;
  sessionCache.clear();
}

function forgetSession(tokenHash: string) {
  generation++;
  sessionCache.delete(tokenHash);
}

function cachedSession(tokenHash: string, now: number): SessionState | null {
  const cached = sessionCache.get(tokenHash);
  if (!cached) return null;
  if (now - cached.readAt < SESSION_CACHE_MS && now < cached.expiresAt && now - cached.lastSeenAt < TOUCH_EVERY_MS) return cached.state;
  sessionCache.delete(tokenHash);
  return null;
}

function cacheSession(entry: CachedSession) {
  if (sessionCache.size >= SESSION_CACHE_MAX) {
    for (const [hash, cached] of sessionCache) if (entry.readAt - cached.readAt >= SESSION_CACHE_MS) sessionCache.delete(hash);
    // Still full of fresh sessions: drop the oldest read.
    if (sessionCache.size >= SESSION_CACHE_MAX) sessionCache.delete(sessionCache.keys().next().value!);
  }
  sessionCache.set(entry.state.tokenHash, entry);
}

/**
 * The live session behind a cookie token, or null (unknown, idle too long, expired, user disabled).
 * Read from the database at most every SESSION_CACHE_MS per session and process.
 */
export async function findSession(db: Executor, token: string, now = new Date()): Promise<SessionState | null> {
  if (!/^[0-9a-f]{64}$/.test(token)) return null;
  const tokenHash = hashToken(token);
  const cached = cachedSession(tokenHash, now.getTime());
  if (cached) return cached;
  const readGeneration = generation;
  const [row] = await db
    .select({
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
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
  let lastSeenAt = Date.parse(row.lastSeenAt);
  if (now.getTime() - lastSeenAt > TOUCH_EVERY_MS) {
    await db.update(sessions).set({ lastSeenAt: now.toISOString() }).where(eq(sessions.tokenHash, tokenHash));
    lastSeenAt = now.getTime();
  }
  const { csrfToken, lastSeenAt: _, expiresAt, ...user } = row;
  const state: SessionState = { tokenHash, csrfToken, user: { ...user, role: user.role as Role } };
  if (generation === readGeneration) cacheSession({ state, readAt: now.getTime(), lastSeenAt, expiresAt: Date.parse(expiresAt) });
  return state;
}

export async function revokeSession(db: Executor, tokenHash: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
  forgetSession(tokenHash);
}

/** Ends every session of a user but one (after a password change), or all of them. */
export async function revokeUserSessions(db: Executor, userId: number, keepTokenHash?: string) {
  await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), keepTokenHash ? ne(sessions.tokenHash, keepTokenHash) : undefined));
  // Inside a transaction this runs before the commit: the session middleware forgets again after it.
  generation++;
  for (const [hash, cached] of sessionCache) if (cached.state.user.id === userId && hash !== keepTokenHash) sessionCache.delete(hash);
}
