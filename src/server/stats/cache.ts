/**
 * A short per-process cache of the statistics' figures.
 *
 * At national scale (1.1 million activity rows, 200,000 applications, 25,000 hires) some aggregates cost
 * 50 to 400 ms of database time however they are written; ten dashboards opened at once would queue
 * behind each other. Each answer is therefore kept STATS_CACHE_MS per database and per key:
 * - the key is the endpoint and everything the figures depend on: the caller's role and member (what
 *   `statsScope` derives the member scope from), the department filter, the period and today's date.
 *   Two callers share an entry only when their scope is the same, so a member's figures never reach
 *   another member or a wider role, and the other way round;
 * - single flight: concurrent identical requests wait for the same computation instead of each
 *   running it; a failed computation is forgotten at once (the next request tries again);
 * - any write through this process forgets every entry of its database (`forgetStats`, called where the
 *   REST repository forgets its cached list totals), so whoever writes sees their change at once.
 *
 * Staleness, honestly: a write made by ANOTHER process (a second API process behind the load balancer,
 * a script, psql) is seen here up to STATS_CACHE_MS later. The answer's `Age` header says how old
 * its figures are, in seconds (0 when just computed).
 */

/** How long an answer is kept. */
export const STATS_CACHE_MS = 30_000;
/** Past this many entries for a database, all are dropped (keys are few: endpoints × scopes × periods). */
const MAX_ENTRIES = 1_000;

interface Entry {
  /** When the computation started (its snapshot is at least that recent). */
  at: number;
  value: Promise<unknown>;
}

const caches = new WeakMap<object, Map<string, Entry>>();

/** Forgets every cached answer of a database: to call after any write to it. */
export function forgetStats(db: object): void {
  caches.get(db)?.clear();
}

/**
 * The figures under `key`, computed by `compute` unless a computation started less than `ttlMs` ago
 * (finished or still running); `at` is when the figures' computation started. `ttlMs <= 0`: no cache.
 */
export async function cachedStats<T>(
  db: object,
  key: string,
  ttlMs: number,
  compute: () => Promise<T>,
): Promise<{ value: T; at: number }> {
  const now = Date.now();
  if (ttlMs <= 0) return { value: await compute(), at: now };
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const hit = cache.get(key);
  if (hit && now - hit.at < ttlMs) return { value: (await hit.value) as T, at: hit.at };
  if (cache.size >= MAX_ENTRIES) cache.clear();
  const entry: Entry = { at: now, value: compute() };
  cache.set(key, entry);
  const entries = cache;
  try {
    return { value: (await entry.value) as T, at: now };
  } catch (error) {
    if (entries.get(key) === entry) entries.delete(key);
    throw error;
  }
}
