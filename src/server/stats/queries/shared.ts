import { professions, type Profession } from '../../../domain/enums';
import type { StatsPeriod } from '../../../domain/stats';

/** What the statistics' queries share: the period's year, sums, and one entry per key of an enumeration. */

export const yearOf = (iso: string) => Number(iso.slice(0, 4));
/** The year a period's "this year" figures are about: the period's, or the current one for all time. */
export const yearOfPeriod = (p: StatsPeriod) => p.year ?? yearOf(p.asOf);

export const sum = <R>(list: readonly R[], f: (r: R) => number) => list.reduce((s, r) => s + f(r), 0);

/**
 * One entry per key, in the keys' order (every profession, stage, college…, whether PostgreSQL answered
 * a row for it or not), made from the rows of that key (none: `make` gives its zero).
 */
export function fill<K, R, T>(keys: readonly K[], list: readonly R[], keyOf: (r: R) => K, make: (key: K, rows: R[]) => T): T[] {
  return keys.map((key) => make(key, list.filter((r) => keyOf(r) === key)));
}

/** Per profession of `among` (every profession by default): the sum of `count` over its rows, 0 without any. */
export const countByProfession = <R extends { profession: Profession }>(
  list: readonly R[],
  count: (r: R) => number,
  among: readonly Profession[] = professions.values,
) => fill(among, list, (r) => r.profession, (profession, rows) => ({ profession, count: sum(rows, count) }));
