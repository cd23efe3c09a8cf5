import { useMemo, type ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { AutocompleteInput, DateField, useLocaleState, useTranslate, type DateFieldProps, type Validator } from 'react-admin';
import { todayInFrance } from '../../domain/calendar';
import { intlLocale } from '../i18n';

/** The first year offered by the month inputs: the network's activity begins in 2022. */
const FIRST_YEAR = 2018;

/** `2025-03` → « mars 2025 » in French, « March 2025 » in English (the app's language, not the browser's). */
export function formatMonth(month: unknown, locale: string): string {
  const match = typeof month === 'string' ? /^(\d{4})-(\d{2})/.exec(month) : null;
  if (!match) return month === null || month === undefined ? '' : String(month);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .trim();

/** The months offered, newest first: from January FIRST_YEAR to December of this year (in France). */
export function monthChoices(locale: string, extra?: unknown) {
  const last = Number(todayInFrance().slice(0, 4));
  const ids: string[] = [];
  for (let year = last; year >= FIRST_YEAR; year--)
    for (let month = 12; month >= 1; month--) ids.push(`${year}-${String(month).padStart(2, '0')}`);
  if (typeof extra === 'string' && /^\d{4}-\d{2}$/.test(extra) && !ids.includes(extra)) ids.push(extra);
  return ids.map((id) => ({ id, name: formatMonth(id, locale) }));
}

/** « mars », « mars 2025 », « 2025 », « 03/2025 », « 3/2025 » or « 2025-03 » find March 2025. */
export function matchMonth(typed: string, choice: { id: string; name: string }): boolean {
  const text = fold(typed);
  if (!text) return true;
  const numeric = /^(\d{1,2})\s*[/.\-\s]\s*(\d{4})$/.exec(text);
  if (numeric) return choice.id === `${numeric[2]}-${numeric[1].padStart(2, '0')}`;
  if (/^\d{4}-\d{1,2}$/.test(text)) return choice.id.startsWith(text);
  return fold(choice.name).includes(text);
}

export interface MonthInputProps {
  source: string;
  label?: ReactNode;
  helperText?: ReactNode | false;
  validate?: Validator | Validator[];
  alwaysOn?: boolean;
  className?: string;
}

/**
 * A month (the API's `YYYY-MM`), chosen or typed by its name in the app's language: « mars 2025 ». The
 * browser's `<input type="month">` shows its own language's names (« March 2025 » in an English
 * Chromium, even on a French page) and, in Firefox and Safari, no picker at all.
 */
export function MonthInput({ helperText, ...props }: MonthInputProps) {
  const [locale = 'fr'] = useLocaleState();
  const translate = useTranslate();
  // A month outside the years offered (an older record) is still shown as it is.
  const value: unknown = useWatch({ name: props.source });
  const choices = useMemo(() => monthChoices(locale, value), [locale, value]);
  return (
    <AutocompleteInput
      {...props}
      choices={choices}
      translateChoice={false}
      matchSuggestion={matchMonth}
      helperText={helperText ?? 'maillage.network.activities.monthHelp'}
      noOptionsText={translate('maillage.network.activities.noMonth')}
    />
  );
}

/** A month shown in the app's language (« mars 2025 » / « March 2025 »), in lists and show pages. */
export function MonthField(props: Omit<DateFieldProps, 'locales' | 'options'>) {
  const [locale = 'fr'] = useLocaleState();
  return <DateField {...props} locales={intlLocale(locale)} options={{ year: 'numeric', month: 'long', timeZone: 'UTC' }} />;
}
