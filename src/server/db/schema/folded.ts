import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { FOLD_FROM, FOLD_TO } from '../../../domain/text';

/**
 * The accent- and case-folded sort and search key, the SQL twin of `fold()` in src/domain/text.ts.
 *
 * PostgreSQL's `translate()` on UTF-8 text costs ~8 µs a call with this 60-character map (it scans the
 * map for every character): sorting or searching 100,000 rows through it took a second. Text with no
 * non-ASCII character (most names, every e-mail address) takes a fast path with the same result:
 * `lower()`, then the two ASCII characters of the map (`-` and `'`) become spaces. The expression is
 * immutable and the indexes are built on it, so sorts and searches use them.
 */
export function folded(value: AnyPgColumn | SQL): SQL {
  const from = sql.raw(`'${FOLD_FROM.replace(/'/g, "''")}'`);
  const to = sql.raw(`'${FOLD_TO}'`);
  return sql`(case when octet_length(${value}) = length(${value}) then replace(replace(lower(${value}), '-', ' '), '''', ' ') else translate(lower(${value}), ${from}, ${to}) end)`;
}
