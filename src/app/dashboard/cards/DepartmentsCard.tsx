import { Box, Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { Link, useStore, useTranslate } from 'react-admin';
import type { DepartmentFigures } from '../../../domain/stats';
import { useStats, type Period } from '../api';
import { ChartCard } from '../ChartCard';
import { useFormatters, type Column } from '../format';
import { OccitanieMap } from '../lazyCharts';
import { P, useColumns } from './columns';

/** What the map colours the departments by. */
export type MapIndicator = 'centres' | 'professionals' | 'per100k';
const INDICATORS: MapIndicator[] = ['centres', 'professionals', 'per100k'];

const valueOf = (d: DepartmentFigures, indicator: MapIndicator) =>
  indicator === 'centres' ? d.centres : indicator === 'professionals' ? d.professionals : d.professionalsPer100k;

/** The centres list filtered on a department. */
export const centresOfDepartment = (code: string) => `/centres?filter=${encodeURIComponent(JSON.stringify({ departmentCode: code }))}`;

/**
 * The map of Occitanie's departments (never filtered on one: it shows them all), coloured by the chosen
 * indicator; picking a department filters the dashboard on it (`onSelect`).
 */
export function DepartmentsCard({
  period,
  selected,
  onSelect,
}: {
  period: Period;
  selected: string | null;
  onSelect: (code: string | null) => void;
}) {
  const translate = useTranslate();
  const fmt = useFormatters();
  const column = useColumns();
  const [indicator, setIndicator] = useStore<MapIndicator>('maillage.dashboard.indicator', 'centres');
  const { data, isPending, error } = useStats('departments', period);
  const departments = data?.departments;
  const columns: Column<DepartmentFigures>[] = [
    column.text('code', (r) => r.code),
    column.text('name', (r) => r.name ?? r.code, { header: 'department' }),
    column.number('population', (r) => r.population),
    column.number('centres', (r) => r.centres),
    column.number('professionals', (r) => r.professionals),
    column.number('per100k', (r) => r.professionalsPer100k, { digits: 1 }),
  ];
  const say = (d: DepartmentFigures, which: MapIndicator) => {
    const v = valueOf(d, which);
    return which === 'per100k'
      ? translate(`${P}.map.units.per100k`, { value: fmt.number(v, 1) })
      : translate(`${P}.map.units.${which}`, { smart_count: v ?? 0, n: fmt.number(v ?? 0) });
  };
  const byCode = new Map((departments ?? []).map((d) => [d.code, d]));
  const nameOf = (code: string) => byCode.get(code)?.name ?? code;
  let summary: string | undefined;
  if (departments?.length) {
    const top = [...departments].sort((a, b) => (valueOf(b, indicator) ?? -1) - (valueOf(a, indicator) ?? -1))[0];
    const withCentres = departments.filter((d) => d.centres > 0).length;
    summary = translate(`${P}.map.summary`, {
      top: top.name ?? top.code,
      value: say(top, indicator),
      count: fmt.number(withCentres),
      smart_count: withCentres,
    });
  }
  const chosen = selected ? byCode.get(selected) : undefined;
  const title = translate(`${P}.map.title`);
  const controls = (
    <TextField
      select
      size="small"
      fullWidth={false}
      label={translate(`${P}.map.indicator`)}
      value={indicator}
      onChange={(e) => setIndicator(e.target.value as MapIndicator)}
      sx={{ minWidth: 230 }}
    >
      {INDICATORS.map((i) => (
        <MenuItem key={i} value={i}>
          {translate(`${P}.map.indicators.${i}`)}
        </MenuItem>
      ))}
    </TextField>
  );
  const extra = (
    <Box role="region" aria-live="polite" aria-label={translate(`${P}.map.selected`, { name: chosen ? (chosen.name ?? chosen.code) : '—' })}>
      {chosen ? (
        <Stack direction="row" sx={{ gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="body2" data-testid="department-selected">
            <strong>{translate(`${P}.map.selected`, { name: chosen.name ?? chosen.code })}</strong> —{' '}
            {translate(`${P}.map.departmentSummary`, {
              centres: say(chosen, 'centres'),
              professionals: say(chosen, 'professionals'),
              population: fmt.number(chosen.population),
            })}{' '}
            ({say(chosen, 'per100k')})
          </Typography>
          <Link to={centresOfDepartment(chosen.code)}>{translate(`${P}.map.centresLink`, { name: chosen.name ?? chosen.code })}</Link>
          <Button size="small" onClick={() => onSelect(null)}>
            {translate(`${P}.map.clear`)}
          </Button>
        </Stack>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {translate(`${P}.map.hint`)}
        </Typography>
      )}
    </Box>
  );
  const values = Object.fromEntries((departments ?? []).map((d) => [d.code, valueOf(d, indicator)]));
  return (
    <ChartCard
      title={title}
      summary={summary}
      extra={extra}
      controls={controls}
      columns={columns}
      rows={departments}
      loading={isPending}
      error={error}
      height={440}
      interactive
    >
      {departments ? (
        <OccitanieMap
          values={values}
          integer={indicator !== 'per100k'}
          label={(code) => translate(`${P}.map.label`, { name: nameOf(code), value: say(byCode.get(code) ?? emptyDepartment(code), indicator) })}
          selected={selected}
          onSelect={onSelect}
          format={(v) => fmt.number(v, indicator === 'per100k' ? 1 : 0)}
          texts={{
            title,
            legend: `${translate(`${P}.map.legend`)} : ${translate(`${P}.map.indicators.${indicator}`)}`,
            noValue: translate(`${P}.map.noValue`),
            credit: translate(`${P}.map.credit`),
          }}
        />
      ) : null}
    </ChartCard>
  );
}

const emptyDepartment = (code: string): DepartmentFigures => ({ code, name: null, population: null, centres: 0, professionals: 0, professionalsPer100k: null });
