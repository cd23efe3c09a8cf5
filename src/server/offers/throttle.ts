import { eq, sql } from 'drizzle-orm';
import { applicationThrottle } from '../db/schema';
import type { Executor } from '../db/types';

/**
 * Applications from the public form per client address, kept in the database (several API processes
 * share the counts, as the sign-in throttle does: auth/throttle.ts): APPLICATIONS_PER_HOUR in a window
 * of an hour from the first. Only applications received count (and a refused form does not), so that
 * a visitor who corrects their typing is never locked out.
 */
export const APPLICATIONS_PER_HOUR = 5;
export const APPLICATION_WINDOW_MS = 60 * 60 * 1000;

export const applicationKey = (ip: string) => `ip:${ip}`;

/** Seconds until this address may apply again, or 0 when it may now. */
export async function applicationWait(db: Executor, key: string, now = new Date()): Promise<number> {
  const [row] = await db.select().from(applicationThrottle).where(eq(applicationThrottle.key, key));
  if (!row || row.count < APPLICATIONS_PER_HOUR) return 0;
  const ends = Date.parse(row.windowStartedAt) + APPLICATION_WINDOW_MS;
  return ends > now.getTime() ? Math.ceil((ends - now.getTime()) / 1000) : 0;
}

/**
 * Counts one application, in its transaction, and answers the count in the window. One statement, and
 * the row stays locked until the transaction ends: two processes counting at once are serialised, so
 * the caller that gets a count past the limit rolls its application back.
 */
export async function countApplication(tx: Executor, key: string, now = new Date()): Promise<{ count: number; retryAfter: number }> {
  const windowStart = new Date(now.getTime() - APPLICATION_WINDOW_MS).toISOString();
  const [row] = await tx
    .insert(applicationThrottle)
    .values({ key, count: 1, windowStartedAt: now.toISOString() })
    .onConflictDoUpdate({
      target: applicationThrottle.key,
      set: {
        count: sql`case when ${applicationThrottle.windowStartedAt} < ${windowStart} then 1 else ${applicationThrottle.count} + 1 end`,
        windowStartedAt: sql`case when ${applicationThrottle.windowStartedAt} < ${windowStart} then ${now.toISOString()}::timestamptz else ${applicationThrottle.windowStartedAt} end`,
      },
    })
    .returning();
  const retryAfter = Math.max(1, Math.ceil((Date.parse(row.windowStartedAt) + APPLICATION_WINDOW_MS - now.getTime()) / 1000));
  return { count: row.count, retryAfter };
}
