import { DateInput, useTranslate } from 'react-admin';

/**
 * The two filters of a date range, `<field>_gte` and `<field>_lte` (the API's bounds), labelled
 * « <field> : à partir du » and « <field> : jusqu’au ». A hook: the labels are translated here so that
 * the filter menu shows them too.
 */
export function useDateRangeFilters(resource: string, field: string) {
  const translate = useTranslate();
  const name = translate(`resources.${resource}.fields.${field}`);
  return [
    <DateInput key={`${field}_gte`} source={`${field}_gte`} label={translate('maillage.recruitment.filters.from', { field: name })} />,
    <DateInput key={`${field}_lte`} source={`${field}_lte`} label={translate('maillage.recruitment.filters.to', { field: name })} />,
  ];
}

/** Today as `YYYY-MM-DD`, in the user's time zone. */
export function todayIso(date = new Date()) {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}
