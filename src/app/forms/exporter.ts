import { downloadCSV, type Exporter, type FetchRelatedRecords, type RaRecord } from 'react-admin';
import type { FieldSpec, ResourceDescription } from '../../domain/resource';
import { csvCell } from '../../domain/csv';
import { resourceByName, type ResourceName } from '../../domain/resources';
import { representationOf } from '../fields';

/**
 * CSV exports for a French reader: headers are the description's French labels, enumerated values
 * their French labels, references the referenced record's name, dates JJ/MM/AAAA, decimals with a
 * comma, « Oui »/« Non »; `;` as separator and a byte-order mark, as French spreadsheets expect.
 *
 *   <List exporter={csvExporter(members)} />   — with react-admin's <ExportButton />
 */
export interface CsvOptions {
  /** Fields to export, in order; by default every field but `version`, JSON and write-only ones. */
  fields?: readonly string[];
  /** File name without `.csv`; by default the resource's French plural, e.g. « Membres ». */
  filename?: string;
  /** Where the CSV goes (react-admin's `downloadCSV`; tests may pass a spy). */
  download?: (csv: string, filename: string) => void;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `2022-07-01` → `01/07/2022`; `2022-07` → `07/2022`. */
export function frenchDate(value: string): string {
  const [y, m, d] = value.slice(0, 10).split('-');
  return d ? `${d}/${m}/${y}` : `${m}/${y}`;
}

function frenchDateTime(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A value as a French reader reads it (also used by the audit diff); references by name when `related` has them. */
export function formatValue(spec: FieldSpec, value: unknown, related?: Record<string, RaRecord>): string {
  if (value === null || value === undefined || value === '') return '';
  const name = (id: unknown) => {
    const record = related?.[String(id)];
    return record && spec.reference ? representationOf(resourceByName[spec.reference as ResourceName])(record) : `n° ${id}`;
  };
  const choice = (v: unknown) => spec.choices?.find((c) => String(c.id) === String(v))?.name ?? String(v);
  switch (spec.kind) {
    case 'enum':
      return choice(value);
    case 'enumList':
      return Array.isArray(value) ? value.map(choice).join(', ') : String(value);
    case 'boolean':
      return value ? 'Oui' : 'Non';
    case 'date':
    case 'month':
      return frenchDate(String(value));
    case 'datetime':
      return frenchDateTime(String(value));
    case 'number':
      return String(value).replace('.', ',');
    case 'reference':
      return name(value);
    case 'references':
      return Array.isArray(value) ? value.map(name).join(', ') : String(value);
    case 'json':
      return JSON.stringify(value);
    default:
      return String(value);
  }
}

/** A record's field as a cell: numbers stay numbers, texts are neutralised and quoted (domain/csv.ts). */
function cellOf(spec: FieldSpec, value: unknown, related?: Record<string, RaRecord>): string {
  const numeric = (spec.kind === 'integer' || spec.kind === 'number' || spec.kind === 'id') && typeof value === 'number';
  return csvCell(numeric ? value : formatValue(spec, value, related));
}

/** The CSV text (without the byte-order mark) of records, with related records already fetched. */
export function toCsv(
  description: ResourceDescription,
  records: readonly RaRecord[],
  related: Record<string, Record<string, RaRecord>> = {},
  fields: readonly string[] = exportedFields(description),
): string {
  const lines = [fields.map((f) => csvCell(description.fields[f].label)).join(';')];
  for (const record of records) lines.push(fields.map((f) => cellOf(description.fields[f], record[f], related[f])).join(';'));
  return lines.join('\r\n');
}

export const exportedFields = (description: ResourceDescription) =>
  Object.keys(description.fields).filter((f) => {
    const spec = description.fields[f];
    return f !== 'version' && spec.kind !== 'json' && !spec.writeOnly;
  });

export function csvExporter(description: ResourceDescription, options: CsvOptions = {}): Exporter {
  const fields = options.fields ?? exportedFields(description);
  const download = options.download ?? downloadCSV;
  return async (records: RaRecord[], fetchRelatedRecords: FetchRelatedRecords) => {
    const related: Record<string, Record<string, RaRecord>> = {};
    for (const f of fields) {
      const spec = description.fields[f];
      if ((spec.kind === 'reference' || spec.kind === 'references') && spec.reference)
        related[f] = (await fetchRelatedRecords(records, f, spec.reference)) as Record<string, RaRecord>;
    }
    download(`\ufeff${toCsv(description, records, related, fields)}`, options.filename ?? description.label.many);
  };
}
