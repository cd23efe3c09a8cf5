import { auditEntries } from './db/schema';
import type { Executor } from './db/types';

export type AuditAction = 'create' | 'update' | 'delete' | 'login' | 'login_failed' | 'logout' | 'denied' | 'export';

export interface AuditEntry {
  userId: number | null;
  action: AuditAction;
  resource: string;
  recordId?: number | null;
  before?: unknown;
  after?: unknown;
}

/** Appends to the audit trail; for writes, call it inside the write's transaction. */
export async function recordAudit(db: Executor, entry: AuditEntry) {
  await db.insert(auditEntries).values({
    userId: entry.userId,
    action: entry.action,
    resource: entry.resource,
    recordId: entry.recordId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
