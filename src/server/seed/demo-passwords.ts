import { and, inArray, isNull } from 'drizzle-orm';
import type { PasswordHasher } from '../auth/passwords';
import { users } from '../db/schema';
import type { Db } from '../db/types';
import { demoAccounts } from './demo';

/** The password of every demonstration account (demo data only; printed by `npm start`). */
export const DEMO_PASSWORD = 'maillage-demo';

/** Gives the demonstration accounts that have no password yet the demo password. */
export async function setDemoPasswords(db: Db, passwords: PasswordHasher): Promise<number> {
  const emails = demoAccounts.map((a) => a.email);
  const waiting = await db.select({ id: users.id }).from(users).where(and(inArray(users.email, emails), isNull(users.passwordHash)));
  if (!waiting.length) return 0;
  // One hash for all five: the same password, and the browser demo pays scrypt once.
  const passwordHash = await passwords.hash(DEMO_PASSWORD);
  await db.update(users).set({ passwordHash }).where(and(inArray(users.email, emails), isNull(users.passwordHash)));
  return waiting.length;
}
