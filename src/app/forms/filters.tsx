import { NumberInput, SearchInput, useTranslate } from 'react-admin';
import { resourceByName, type ResourceName } from '../../domain/resources';
import { DateInput } from './DateInput';

type Translate = ReturnType<typeof useTranslate>;
type Template = 'from' | 'to' | 'min' | 'max';

/**
 * A range filter's label: the field's label, without the words that already say « when » (« Reçue le »,
 * « Conservation jusqu’au », the catalogue's `maillage.network.filters.trailing`), then the template's
 * « à partir du » / « jusqu’au » / « au moins » / « au plus »: « Reçue à partir du », « Conservation
 * jusqu’au », never « Reçue le à partir du » or « Conservation jusqu’au jusqu’au ».
 */
export function rangeLabel(translate: Translate, template: Template, resource: string, field: string): string {
  const label = translate(`resources.${resource}.fields.${field}`);
  const trailing = translate('maillage.network.filters.trailing')
    .split('|')
    .map((word) => word.trim())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  const word = trailing.find((w) => label.toLowerCase().endsWith(` ${w.toLowerCase()}`) && label.length > w.length + 1);
  const stem = word ? label.slice(0, label.length - word.length).trimEnd() : label;
  return translate(`maillage.network.filters.${template}`, { field: stem });
}

/**
 * Filter inputs shared by the lists: the full-text `q` search and `_gte` / `_lte` ranges, labelled
 * « Adhésion à partir du », « Adhésion jusqu’au » from the field's translated label (rangeLabel).
 */
function FilterLabel({ template, resource, field }: { template: Template; resource: string; field: string }) {
  const translate = useTranslate();
  return <>{rangeLabel(translate, template, resource, field)}</>;
}

function SearchFilterInput(props: { source: string; alwaysOn?: boolean }) {
  const translate = useTranslate();
  const label = translate('maillage.network.filters.search');
  return <SearchInput {...props} placeholder={label} slotProps={{ htmlInput: { 'aria-label': label } }} />;
}

/** The `q` search (accent- and case-insensitive on the server), always shown; named for screen readers. */
export const searchFilter = () => <SearchFilterInput key="q" source="q" alwaysOn />;

/**
 * The two filters of a date range, `<field>_gte` and `<field>_lte` (the API's bounds), typed jj/mm/aaaa
 * (DateInput). On a date-time field (`createdAt`, the audit's `at`) the upper bound is the end of the
 * chosen day, so that « jusqu’au 31/01 » includes the 31st. `labels` replaces the generated labels.
 *
 *   filters={[searchFilter(), ...dateRangeFilters('hires', 'startOn')]}
 */
export function dateRangeFilters(resource: ResourceName, field: string, options: { labels?: [string, string]; alwaysOn?: boolean } = {}) {
  const datetime = resourceByName[resource].fields[field]?.kind === 'datetime';
  const [from, to] = options.labels ?? [
    <FilterLabel template="from" resource={resource} field={field} />,
    <FilterLabel template="to" resource={resource} field={field} />,
  ];
  return [
    <DateInput key={`${field}_gte`} source={`${field}_gte`} label={from} filter alwaysOn={options.alwaysOn} />,
    <DateInput key={`${field}_lte`} source={`${field}_lte`} label={to} filter endOfDay={datetime} alwaysOn={options.alwaysOn} />,
  ];
}

export const numberRangeFilters = (resource: string, field: string) => [
  <NumberInput key={`${field}_gte`} source={`${field}_gte`} label={<FilterLabel template="min" resource={resource} field={field} />} />,
  <NumberInput key={`${field}_lte`} source={`${field}_lte`} label={<FilterLabel template="max" resource={resource} field={field} />} />,
];
