/**
 * What the dashboard's cards share: their messages' prefix, the enumerations' French labels, and the
 * columns of the data each card offers as a table and a CSV file.
 */
import { useTranslate } from 'react-admin';
import { useFormatters, type Column } from '../format';

/** The dashboard's messages (src/app/i18n/dashboard-messages.ts). */
export const P = 'maillage.dashboard';

/**
 * Whose figures a card shows. The targets are regional: only the whole region's figures are compared
 * with them; a member's centres and one department's are shown without them.
 */
export type Scope = 'region' | 'member' | 'department';

/** The enumerations' French labels (`maillage.enums.professions.medecin`…). */
export function useEnumLabel() {
  const translate = useTranslate();
  return (name: 'professions' | 'contracts' | 'stages', value: string) => translate(`maillage.enums.${name}.${value}`);
}

interface Options {
  /** The header's message under `maillage.dashboard.columns` (default: the column's key). */
  header?: string;
}

/**
 * Columns headed by `maillage.dashboard.columns.<key>`: the table shows the formatted figure, the CSV
 * the raw one (a decimal comma in French), figures aligned right.
 */
export function useColumns() {
  const translate = useTranslate();
  const fmt = useFormatters();
  const header = (key: string, options: Options = {}) => translate(`${P}.columns.${options.header ?? key}`);
  return {
    text: <Row>(key: string, cell: (r: Row) => string, options: Options & { raw?: (r: Row) => string | number | null } = {}): Column<Row> => ({
      key,
      header: header(key, options),
      cell,
      raw: options.raw,
    }),
    number: <Row>(key: string, value: (r: Row) => number | null, options: Options & { digits?: number } = {}): Column<Row> => ({
      key,
      header: header(key, options),
      cell: (r) => fmt.number(value(r), options.digits),
      raw: value,
      numeric: true,
    }),
    percent: <Row>(key: string, value: (r: Row) => number | null, options: Options = {}): Column<Row> => ({
      key,
      header: header(key, options),
      cell: (r) => fmt.percent(value(r)),
      raw: value,
      numeric: true,
    }),
    /** « janvier 2025 » in the table, `2025-01` in the CSV. */
    month: <Row>(value: (r: Row) => string): Column<Row> => ({ key: 'month', header: header('month'), cell: (r) => fmt.month(value(r)), raw: value }),
    /** « 15/06/2025 » in the table, `2025-06-15` in the CSV. */
    date: <Row>(value: (r: Row) => string): Column<Row> => ({ key: 'date', header: header('date'), cell: (r) => fmt.date(value(r)), raw: value }),
  };
}
