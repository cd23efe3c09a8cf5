import { z } from 'zod';

/**
 * Instants (an interview's start): written and read as ISO 8601 date-times **with their offset**
 * (`2026-12-10T14:30:00+01:00`), stored as `timestamptz`, shown and put in calendars in France's time
 * (Europe/Paris). A time without an offset names no instant (14:30 where?), so the API refuses it
 * rather than guess the server's zone.
 */

export const PARIS = 'Europe/Paris';

let parisFormat: Intl.DateTimeFormat | undefined;

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock time in France at `date`. */
export function parisParts(date: Date): LocalParts {
  parisFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: PARIS,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const parts = Object.fromEntries(parisFormat.formatToParts(date).map((p) => [p.type, p.value]));
  return { year: +parts.year, month: +parts.month, day: +parts.day, hour: +parts.hour, minute: +parts.minute, second: +parts.second };
}

/** France's offset from UTC at `date`, in minutes (60 in winter, 120 in summer). */
export function parisOffsetMinutes(date: Date): number {
  const p = parisParts(date);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `2026-12-10T14:30:00+01:00`: the instant in France's time, with France's offset then. */
export function toParisIso(date: Date): string {
  const p = parisParts(date);
  const offset = parisOffsetMinutes(date);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * The instant of a wall-clock time in France (`2026-12-10`, `14:30`), as an ISO string with its
 * offset: what the interview form sends. In the spring gap (02:30 on the last Sunday of March does
 * not exist) the time is read with the offset in force just before it.
 */
export function parisLocalToIso(day: string, time: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  let guess = wall - parisOffsetMinutes(new Date(wall)) * 60_000;
  guess = wall - parisOffsetMinutes(new Date(guess)) * 60_000;
  return toParisIso(new Date(guess));
}

/** The day and time in France of an ISO instant: `{ day: '2026-12-10', time: '14:30' }` (the form's inputs). */
export function parisDayAndTime(iso: string): { day: string; time: string } {
  const p = parisParts(new Date(iso));
  return { day: `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

/** « 10/12/2026 à 14 h 30 » (France's time). */
export function frenchDateTime(iso: string | Date): string {
  const p = parisParts(typeof iso === 'string' ? new Date(iso) : iso);
  return `${pad(p.day)}/${pad(p.month)}/${p.year} à ${p.hour} h ${pad(p.minute)}`;
}

const WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?(Z|[+-](\d{2}):(\d{2}))$/;
const LOCAL_ONLY = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

export const OFFSET_REQUIRED = 'Précisez le décalage horaire (ex. 2026-12-10T14:30:00+01:00) : une heure seule ne dit pas où elle se lit';
export const INVALID_DATETIME = 'Date et heure invalides (attendu : 2026-12-10T14:30:00+01:00)';

/** Why a value is not an ISO date-time with offset, or undefined. */
export function dateTimeError(value: unknown): string | undefined {
  if (typeof value !== 'string') return INVALID_DATETIME;
  const m = WITH_OFFSET.exec(value.trim());
  if (!m) return LOCAL_ONLY.test(value.trim()) ? OFFSET_REQUIRED : INVALID_DATETIME;
  const [, y, mo, d, h, mi, s = '0', , oh = '0', om = '0'] = m;
  const date = new Date(Date.UTC(+y, +mo - 1, +d));
  const dayExists = date.getUTCFullYear() === +y && date.getUTCMonth() === +mo - 1 && date.getUTCDate() === +d;
  if (!dayExists || +y < 1900 || +y > 2200 || +h > 23 || +mi > 59 || +s > 59 || +oh > 14 || +om > 59) return INVALID_DATETIME;
  return undefined;
}

/** An ISO date-time with its offset (zod), kept as sent; the database stores the instant. */
export const dateTimeWithOffset = z.string({ error: INVALID_DATETIME }).superRefine((v, ctx) => {
  const error = dateTimeError(v);
  if (error) ctx.addIssue({ code: 'custom', message: error });
});
