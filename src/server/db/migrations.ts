import { sql } from 'drizzle-orm';
import type { Db } from './types';

/** Serialises migrations between API processes starting together on one PostgreSQL server. */
export const MIGRATION_LOCK = 727_011;

/** SQL statements of drizzle-kit migration files, in order: for an empty in-memory database (browser, tests). */
export function statementsOf(files: Record<string, string>): string[] {
  return Object.keys(files)
    .sort()
    .flatMap((name) => files[name].split('--> statement-breakpoint'))
    .map((s) => s.trim())
    .filter(Boolean);
}

export async function applyStatements(db: Db, statements: string[]) {
  for (const statement of statements) await db.execute(sql.raw(statement));
}
