import { DateInput, NumberInput, SearchInput, useTranslate } from 'react-admin';

/**
 * Filter inputs shared by the lists: the full-text `q` search and `_gte` / `_lte` ranges, labelled
 * « Adhésion à partir du », « Adhésion jusqu’au » from the field's translated label.
 */
function FilterLabel({ template, resource, field }: { template: 'from' | 'to' | 'min' | 'max'; resource: string; field: string }) {
  const translate = useTranslate();
  return <>{translate(`maillage.network.filters.${template}`, { field: translate(`resources.${resource}.fields.${field}`) })}</>;
}

function SearchFilterInput(props: { source: string; alwaysOn?: boolean }) {
  const translate = useTranslate();
  const label = translate('maillage.network.filters.search');
  return <SearchInput {...props} placeholder={label} slotProps={{ htmlInput: { 'aria-label': label } }} />;
}

/** The `q` search (accent- and case-insensitive on the server), always shown; named for screen readers. */
export const searchFilter = () => <SearchFilterInput key="q" source="q" alwaysOn />;

export const dateRangeFilters = (resource: string, field: string) => [
  <DateInput key={`${field}_gte`} source={`${field}_gte`} label={<FilterLabel template="from" resource={resource} field={field} />} />,
  <DateInput key={`${field}_lte`} source={`${field}_lte`} label={<FilterLabel template="to" resource={resource} field={field} />} />,
];

export const numberRangeFilters = (resource: string, field: string) => [
  <NumberInput key={`${field}_gte`} source={`${field}_gte`} label={<FilterLabel template="min" resource={resource} field={field} />} />,
  <NumberInput key={`${field}_lte`} source={`${field}_lte`} label={<FilterLabel template="max" resource={resource} field={field} />} />,
];
