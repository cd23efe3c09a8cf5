import { and, inArray } from 'drizzle-orm';
import type { ResourceDescription } from '../../../domain/resource';
import { resourceByName, type ResourceName } from '../../../domain/resources';
import { statisticByName } from '../../../domain/statistics';
import type { Principal } from '../../auth/sessions';
import * as t from '../../db/schema';
import type { Executor } from '../../db/types';
import { bindings } from './index';
import { binding } from './shared';
import type { ApiRecord } from './types';

/**
 * Whose rules an entry's content follows: a resource's entries follow that resource's read policy;
 * a statistic's (`stats/…`: only ever a refusal, whose content is the refused action) are shown to
 * every reader of the log; sign-ins (`auth`: a failed sign-in's e-mail is the account's) and anything
 * else follow the accounts' (`users`), the strictest.
 */
function contentOf(resource: unknown): ResourceName | 'public' {
  if (typeof resource !== 'string') return 'users';
  if (Object.hasOwn(resourceByName, resource)) return resource as ResourceName;
  return Object.hasOwn(statisticByName, resource) ? 'public' : 'users';
}

/** A record's name from its resource's representation fields, when they say more than its number. */
function labelOf(description: ResourceDescription, content: unknown): string | null {
  if (!content || typeof content !== 'object' || description.representation.every((f) => f === 'id')) return null;
  const values = description.representation
    .map((f) => (Object.hasOwn(content, f) ? (content as Record<string, unknown>)[f] : undefined))
    .filter((v) => v !== null && v !== undefined && v !== '');
  return values.length ? values.join(' ') : null;
}

/**
 * The entries' records that the reader may read: every one for `all`, none for `none`, and for a
 * `scoped` reader those its binding's scope holds today (an erased record is in nobody's scope).
 */
async function readableIds(db: Executor, name: ResourceName | 'public', ids: number[], reader: Principal): Promise<Set<number> | 'all'> {
  if (name === 'public') return 'all';
  const access = resourceByName[name].policy[reader.role].read;
  if (access === 'all') return 'all';
  const b = bindings[name];
  if (access === 'none' || reader.memberId === null || !b.scope || !ids.length) return new Set();
  const rows = (await db
    .select({ id: b.table.id })
    .from(b.table)
    .where(and(inArray(b.table.id, ids), b.scope(reader.memberId)))) as { id: number }[];
  return new Set(rows.map((r) => r.id));
}

/**
 * What a reader is shown of audit entries (issue 13, point 1), the one place it is decided:
 *
 * - `before`/`after` only when the reader may read the entry's record (the resource's policy, and its
 *   scope for a scoped reader); otherwise both are null and `withheld` is true: the entry still says
 *   who did what, when, to which record number;
 * - `recordLabel`, the record's name from its representation fields, under the same condition;
 * - `userName`, the name of the account that acted, for every reader of the log (the Région may not
 *   read the accounts, but the log is no use to it without names).
 */
async function present(db: Executor, records: ApiRecord[], reader: Principal) {
  if (!records.length) return;
  const byResource = new Map<ResourceName | 'public', ApiRecord[]>();
  for (const r of records) {
    const name = contentOf(r.resource);
    byResource.set(name, [...(byResource.get(name) ?? []), r]);
  }
  for (const [name, entries] of byResource) {
    const ids = [...new Set(entries.map((e) => e.recordId).filter((id): id is number => typeof id === 'number'))];
    const readable = await readableIds(db, name, ids, reader);
    for (const e of entries) {
      const shown = readable === 'all' || (typeof e.recordId === 'number' && readable.has(e.recordId));
      e.withheld = !shown;
      if (!shown) e.before = e.after = null;
      e.recordLabel = shown && name !== 'public' && e.resource === name ? labelOf(resourceByName[name], e.after ?? e.before) : null;
    }
  }
  const userIds = [...new Set(records.map((r) => r.userId).filter((id): id is number => typeof id === 'number'))];
  const names = userIds.length
    ? new Map((await db.select({ id: t.users.id, name: t.users.name }).from(t.users).where(inArray(t.users.id, userIds))).map((u) => [u.id, u.name]))
    : new Map<number, string>();
  for (const r of records) r.userName = typeof r.userId === 'number' ? (names.get(r.userId) ?? null) : null;
}

export const audit = binding('audit', { table: t.auditEntries, present, referencedAs: { audit_entries: 'le journal d’audit' } });
