/**
 * Dates as a French user types and reads them (« 31/12/2026 »), stored as the API's ISO `2026-12-31`.
 * The browser's `<input type="date">` follows the browser's language, not the page's (mm/dd/yyyy in an
 * English Chromium), so the app's date inputs are text inputs that read and show jj/mm/aaaa.
 */

/** What the user typed: empty, a date (ISO), or why it is not one (a translation key). */
export type ParsedDate = { kind: 'empty' } | { kind: 'date'; iso: string } | { kind: 'invalid'; error: string };

export const DATE_ERRORS = {
  format: 'maillage.forms.date.format',
  nonexistent: 'maillage.forms.date.nonexistent',
} as const;

const pad = (n: number | string, width = 2) => String(n).padStart(width, '0');

/**
 * « 31/12/2026 », « 31-12-2026 », « 31.12.2026 », « 31 12 2026 », « 1/2/2026 » and « 31122026 »; also
 * an ISO `2026-12-31` (pasted, or typed by a tool). Years have four digits.
 */
export function parseFrenchDate(text: string): ParsedDate {
  const value = text.trim();
  if (!value) return { kind: 'empty' };
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const french = /^(\d{1,2})[/.\-\s]+(\d{1,2})[/.\-\s]+(\d{4})$/.exec(value) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(value);
  const parts = iso ? [iso[3], iso[2], iso[1]] : french ? [french[1], french[2], french[3]] : null;
  if (!parts) return { kind: 'invalid', error: DATE_ERRORS.format };
  const [day, month, year] = parts.map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1000 || month < 1 || month > 12 || day < 1 || date.getUTCDate() !== day || date.getUTCMonth() !== month - 1)
    return { kind: 'invalid', error: DATE_ERRORS.nonexistent };
  return { kind: 'date', iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

/** `2026-12-31` (or `2026-12-31T23:59:59`) → `31/12/2026`; anything else is returned as it is. */
export function isoToFrench(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : text;
}
