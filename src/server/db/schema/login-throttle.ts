import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Sign-in attempts per key (`email:<address>`, `ip:<address>`) in the current window, shared by all
 * API processes. Keyed by the address typed, whether or not an account has it, so that lockouts
 * do not reveal which accounts exist.
 */
export const loginThrottle = pgTable('login_throttle', {
  key: text().primaryKey(),
  failures: integer().notNull().default(0),
  windowStartedAt: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  lockedUntil: timestamp({ withTimezone: true, mode: 'string' }),
});
