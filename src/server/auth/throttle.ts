import { eq, sql } from 'drizzle-orm';
import { loginThrottle } from '../db/schema';
import type { Executor } from '../db/types';

/**
 * Sign-in throttling kept in the database (several API processes share it). An address typed is
 * locked after EMAIL_LIMIT failures in a window, whether or not an account has it; a client address
 * after IP_LIMIT failures.
 */
export const WINDOW_MS = 15 * 60 * 1000;
export const LOCK_MS = 15 * 60 * 1000;
export const EMAIL_LIMIT = 5;
export const IP_LIMIT = 50;

export const addressKey = (ip: string) => `ip:${ip}`;
export const throttleKeys = (email: string, ip: string) => [`email:${email.trim().toLowerCase()}`, addressKey(ip)];

/** Milliseconds until the first of these keys is unlocked, or 0 when none is locked. */
export async function lockedFor(db: Executor, keys: string[], now = new Date()): Promise<number> {
  let wait = 0;
  for (const key of keys) {
    const [row] = await db.select({ lockedUntil: loginThrottle.lockedUntil }).from(loginThrottle).where(eq(loginThrottle.key, key));
    if (row?.lockedUntil) wait = Math.max(wait, Date.parse(row.lockedUntil) - now.getTime());
  }
  return Math.max(0, wait);
}

export async function recordFailure(db: Executor, key: string, limit: number, now = new Date()) {
  const windowStart = new Date(now.getTime() - WINDOW_MS).toISOString();
  const lockUntil = new Date(now.getTime() + LOCK_MS).toISOString();
  // One statement, so that concurrent failures on several processes all count.
  await db
    .insert(loginThrottle)
    .values({ key, failures: 1, windowStartedAt: now.toISOString() })
    .onConflictDoUpdate({
      target: loginThrottle.key,
      set: {
        failures: sql`case when ${loginThrottle.windowStartedAt} < ${windowStart} then 1 else ${loginThrottle.failures} + 1 end`,
        windowStartedAt: sql`case when ${loginThrottle.windowStartedAt} < ${windowStart} then ${now.toISOString()}::timestamptz else ${loginThrottle.windowStartedAt} end`,
        lockedUntil: sql`case when ${loginThrottle.windowStartedAt} >= ${windowStart} and ${loginThrottle.failures} + 1 >= ${limit} then ${lockUntil}::timestamptz else ${loginThrottle.lockedUntil} end`,
      },
    });
}

export async function clearFailures(db: Executor, key: string) {
  await db.delete(loginThrottle).where(eq(loginThrottle.key, key));
}
