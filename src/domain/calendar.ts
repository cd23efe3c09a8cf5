/**
 * The one calendar of Maillage: dates are ISO `YYYY-MM-DD` calendar days, with no time zone of their
 * own. « Today » is always today in France (Europe/Paris), on the server, in the seed and in the app
 * alike: a user in Occitanie at 00:30 and a server in UTC must agree on the day. Arithmetic is on
 * calendar days (UTC midnights), so adding days never crosses a daylight-saving hour.
 */

const DAY_MS = 86_400_000;

/** Built once: creating an Intl.DateTimeFormat costs ~0.1 ms, more than a cached statistics answer. */
let franceDay: Intl.DateTimeFormat | undefined;

/** Today in France, as `YYYY-MM-DD`. */
export function todayInFrance(now: Date = new Date()): string {
  franceDay ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });
  return franceDay.format(now);
}

/** `YYYY-MM-DD` naming a day that exists (Date.parse() rolls 2023-02-30 over to March; PostgreSQL refuses it). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || value.startsWith('0000')) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Days since 1970-01-01 (negative before). */
export const toDays = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
export const fromDays = (days: number): string => new Date(days * DAY_MS).toISOString().slice(0, 10);

/** `YYYY-MM-DD` plus n days (n may be negative). */
export const addDays = (iso: string, n: number): string => fromDays(toDays(iso) + n);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => toDays(to) - toDays(from);

/** First day of the month of `iso`. */
export const monthOf = (iso: string): string => `${iso.slice(0, 7)}-01`;

/** First day of the month `n` months after the month of `iso`. */
export function addMonths(iso: string, n: number): string {
  const index = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** The same day `n` years later (29 February becomes 28 February in a year that has none). */
export function addYears(iso: string, n: number): string {
  const year = String(Number(iso.slice(0, 4)) + n).padStart(4, '0');
  const same = `${year}${iso.slice(4)}`;
  return isIsoDate(same) ? same : `${year}-02-28`;
}

/** Number of days in the month of `iso`. */
export const daysInMonth = (iso: string): number => daysBetween(monthOf(iso), addMonths(iso, 1));

/** 0 = Sunday … 6 = Saturday. */
export const dayOfWeek = (iso: string): number => new Date(`${iso}T00:00:00Z`).getUTCDay();

/** Code-point order of ISO dates (the same as chronological order). */
export const compareDates = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
export const minDate = (a: string, b: string): string => (a < b ? a : b);
export const maxDate = (a: string, b: string): string => (a > b ? a : b);
