/**
 * Figures in the reader's language (French by default: « 1 234 », « 12,5 % », « 24/11/2026 »), and the
 * CSV the cards export (French spreadsheet conventions: `;` separator, decimal comma, UTF-8 BOM, CRLF).
 */
import { csvCell } from '../../domain/csv';
import { useLocaleState } from 'react-admin';
import { useMemo } from 'react';

export interface Formatters {
  locale: string;
  number(value: number | null | undefined, digits?: number): string;
  percent(value: number | null | undefined): string;
  date(iso: string | null | undefined): string;
  month(yyyyMm: string): string;
  shortMonth(yyyyMm: string): string;
}

const DASH = '—';
/**
 * French groups thousands with a narrow no-break space (U+202F), which some fonts (and SVG text in
 * charts) lack: an ordinary no-break space shows everywhere and still never breaks a figure.
 */
const nbsp = (text: string) => text.replace(/\u202f/g, '\u00a0');

export function formatters(appLocale: string): Formatters {
  const locale = appLocale === 'en' ? 'en-GB' : 'fr-FR';
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimals = new Map<number, Intl.NumberFormat>();
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const day = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' });
  const month = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'long', year: 'numeric' });
  const short = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'short', year: '2-digit' });
  const asDate = (iso: string) => new Date(`${iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`);
  return {
    locale,
    number(value, digits = 0) {
      if (value === null || value === undefined || Number.isNaN(value)) return DASH;
      if (!digits) return nbsp(integer.format(value));
      let f = decimals.get(digits);
      if (!f) decimals.set(digits, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })));
      return nbsp(f.format(value));
    },
    percent: (value) => (value === null || value === undefined ? DASH : nbsp(pct.format(value))),
    date: (iso) => (iso ? day.format(asDate(iso)) : DASH),
    month: (m) => month.format(asDate(m)),
    shortMonth: (m) => short.format(asDate(m)),
  };
}

export function useFormatters(): Formatters {
  const [locale] = useLocaleState();
  return useMemo(() => formatters(locale), [locale]);
}

/** A column of a card's data: its header and how a row shows in the table and in the CSV. */
export interface Column<Row> {
  key: string;
  header: string;
  /** What the table shows (formatted). */
  cell: (row: Row) => string;
  /** What the CSV holds (raw number or text; numbers get a decimal comma in French). */
  raw?: (row: Row) => string | number | null;
  numeric?: boolean;
}


/** CSV text (without BOM): a header line, then one line per row, `;`-separated, CRLF. */
export function toCsv<Row>(columns: readonly Column<Row>[], rows: readonly Row[], locale = 'fr-FR'): string {
  const options = { decimalComma: locale.startsWith('fr') };
  const lines = [columns.map((c) => csvCell(c.header, options)).join(';')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.raw ? c.raw(row) : c.cell(row), options)).join(';'));
  return `${lines.join('\r\n')}\r\n`;
}

/** Offers the CSV as a download (with a BOM so that spreadsheets read UTF-8). */
export function downloadCsv(filename: string, csv: string): void {
  downloadBlob(filename, new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
}

/** Offers a blob as a download under `filename` (a link clicked, then forgotten). */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** `Recrutements cumulés par mois` → `recrutements-cumules-par-mois`. */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
