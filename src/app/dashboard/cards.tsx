/**
 * The dashboard's cards: each fetches its own figures from /api/stats/… (scoped by the server to the
 * caller's role), says them in one sentence, draws them (lazily loaded charts) and offers them as a
 * table and a CSV file.
 */
import { Box, Button, Grid, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { Link, useStore, useTranslate } from 'react-admin';
import { FUNNEL_STAGES, type DepartmentFigures, type UpcomingHire } from '../../domain/stats';
import { useStats, type Period } from './api';
import { ChartCard } from './ChartCard';
import { seriesColors } from './colors';
import { useFormatters, type Column } from './format';
import { KpiCard } from './KpiCard';
import { ActivityChart, CentresChart, HiresChart, HorizontalBars, OccitanieMap } from './lazyCharts';

const P = 'maillage.dashboard';

/** The enumerations' French labels (`maillage.enums.professions.medecin`…). */
function useEnumLabel() {
  const translate = useTranslate();
  return (name: 'professions' | 'contracts' | 'stages', value: string) => translate(`maillage.enums.${name}.${value}`);
}

// ---------------------------------------------------------------------------------------------------
// Headline figures

export type Scope = 'region' | 'member';

/** The targets are regional: a member's figures are shown without them. */
export function OverviewKpis({ period, scope = 'region' }: { period: Period; scope?: Scope }) {
  const translate = useTranslate();
  const fmt = useFormatters();
  const label = useEnumLabel();
  const { data, isPending, error } = useStats('overview', period);
  if (isPending) return <Typography role="status">{translate(`${P}.loading`)}</Typography>;
  if (error) return <Typography color="error">{translate(`${P}.error`, { message: error.message })}</Typography>;
  const { professionals: pro, hires, centres, members, positions } = data;
  const asOfYear = data.period.asOf.slice(0, 4);
  const progress = (part: number, whole: number) => (whole > 0 ? part / whole : null);
  const pct = (part: number, whole: number) => translate(`${P}.kpi.progress`, { percent: fmt.percent(progress(part, whole)) });
  const regional = scope === 'region';
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, sm: 6, lg: 4 }}>
        <KpiCard
          title={translate(`${P}.kpi.professionals`)}
          value={fmt.number(pro.inPost)}
          of={regional ? `/ ${fmt.number(pro.target)}` : undefined}
          detail={
            regional
              ? translate(`${P}.kpi.professionalsDetail`, {
                  target: fmt.number(pro.target),
                  year: pro.targetYear,
                  toDate: fmt.number(pro.targetToDate),
                  asOfYear,
                })
              : undefined
          }
          progress={regional ? progress(pro.inPost, pro.target) : undefined}
          progressLabel={pct(pro.inPost, pro.target)}
        >
          <Breakdown items={pro.byProfession.filter((p) => p.counted).map((p) => [label('professions', p.profession), p.countedInPost])} />
          <Typography variant="body2" color="text.secondary">
            {translate(`${P}.kpi.staff`, { staff: fmt.number(pro.staffInPost) })}
          </Typography>
        </KpiCard>
      </Grid>
      <Grid size={{ xs: 12, sm: 6, lg: 4 }}>
        <KpiCard
          title={translate(`${P}.kpi.hires`, { year: hires.year })}
          value={fmt.number(hires.count)}
          of={regional ? `/ ${fmt.number(hires.target)}` : undefined}
          detail={translate(regional ? `${P}.kpi.hiresDetail` : `${P}.kpi.hiresMemberDetail`, {
            target: fmt.number(hires.target),
            sinceStart: fmt.number(hires.sinceStart),
          })}
          progress={regional ? progress(hires.count, hires.target) : undefined}
          progressLabel={pct(hires.count, hires.target)}
        >
          <Breakdown items={hires.byProfession.filter((p) => p.count > 0).map((p) => [label('professions', p.profession), p.count])} />
        </KpiCard>
      </Grid>
      <Grid size={{ xs: 12, sm: 6, lg: 4 }}>
        <KpiCard
          title={translate(`${P}.kpi.centres`)}
          value={fmt.number(centres.open)}
          of={regional ? `/ ${fmt.number(centres.targetToDate)}` : undefined}
          detail={
            regional
              ? translate(`${P}.kpi.centresDetail`, {
                  toDate: fmt.number(centres.targetToDate),
                  year: hires.year,
                  perYear: fmt.number(centres.targetInYear),
                  opened: fmt.number(centres.openedInYear),
                })
              : undefined
          }
          progress={regional ? progress(centres.open, centres.targetToDate) : undefined}
          progressLabel={pct(centres.open, centres.targetToDate)}
        >
          <Typography variant="body2" color="text.secondary">
            {translate(`${P}.kpi.centresExtra`, { antennes: fmt.number(centres.antennes), suspended: fmt.number(centres.suspended) })}
          </Typography>
        </KpiCard>
      </Grid>
      <Grid size={{ xs: 12, sm: 6, lg: 6 }}>
        <KpiCard title={translate(`${P}.kpi.members`)} value={fmt.number(members.total)} detail={translate(`${P}.kpi.membersDetail`)}>
          <Breakdown items={members.byCollege.map((c) => [translate(`${P}.kpi.college`, { college: c.college }), c.count])} />
        </KpiCard>
      </Grid>
      <Grid size={{ xs: 12, sm: 6, lg: 6 }}>
        <KpiCard
          title={translate(`${P}.kpi.positions`)}
          value={fmt.number(positions.open)}
          detail={translate(`${P}.kpi.positionsDetail`, { fte: fmt.number(positions.fte, 1) })}
        >
          <Breakdown items={positions.byProfession.filter((p) => p.count > 0).map((p) => [label('professions', p.profession), p.count])} />
        </KpiCard>
      </Grid>
    </Grid>
  );
}

/** A headline card's breakdown: « libellé : nombre », one line each. */
function Breakdown({ items }: { items: [label: string, count: number][] }) {
  const fmt = useFormatters();
  return (
    <Box component="ul" sx={{ m: 0, mt: 1, pl: 2.5 }}>
      {items.map(([label, count]) => (
        <li key={label}>
          <Typography variant="body2">
            {label} : {fmt.number(count)}
          </Typography>
        </li>
      ))}
    </Box>
  );
}

/** Which persons count toward the target, as the API applies it (`rule`). */
export function CountingRuleNote({ period }: { period: Period }) {
  const translate = useTranslate();
  const label = useEnumLabel();
  const { data } = useStats('overview', period);
  if (!data) return null;
  const and = translate(`${P}.rule.and`);
  const list = (items: string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}` : (items[0] ?? ''));
  return (
    <Typography variant="body2" data-testid="counting-rule">
      <strong>{translate(`${P}.rule.title`)} : </strong>
      {translate(`${P}.rule.text`, {
        professions: list(data.rule.professions.map((p) => label('professions', p))),
        contracts: list(data.rule.contracts.map((c) => label('contracts', c))),
      })}
    </Typography>
  );
}

// ---------------------------------------------------------------------------------------------------
// Charts

export function HiresCard({ period, scope = 'region' }: { period: Period; scope?: Scope }) {
  const translate = useTranslate();
  const fmt = useFormatters();
  const { data, isPending, error } = useStats('hires-by-month', period);
  type Row = NonNullable<typeof data>['months'][number];
  const allColumns: Column<Row>[] = [
    { key: 'month', header: translate(`${P}.columns.month`), cell: (r) => fmt.month(r.month), raw: (r) => r.month },
    { key: 'hires', header: translate(`${P}.columns.hires`), cell: (r) => fmt.number(r.hires), raw: (r) => r.hires, numeric: true },
    { key: 'cumulative', header: translate(`${P}.columns.cumulative`), cell: (r) => fmt.number(r.cumulative), raw: (r) => r.cumulative, numeric: true },
    { key: 'target', header: translate(`${P}.columns.targetPath`), cell: (r) => fmt.number(r.target, 1), raw: (r) => r.target, numeric: true },
  ];
  const columns = allColumns.filter((c) => scope === 'region' || c.key !== 'target');
  const rows = data?.months;
  const last = rows ? [...rows].reverse().find((r) => r.cumulative !== null) : undefined;
  let summary: string | undefined;
  if (last) {
    const gap = Math.round(((last.cumulative ?? 0) - last.target) * 10) / 10;
    summary = translate(scope === 'region' ? `${P}.hires.summary` : `${P}.hires.memberSummary`, {
      smart_count: last.cumulative ?? 0,
      cumulative: fmt.number(last.cumulative),
      month: fmt.month(last.month),
      target: fmt.number(last.target, 1),
      gap:
        gap > 0
          ? translate(`${P}.hires.ahead`, { n: fmt.number(gap, 1) })
          : gap < 0
            ? translate(`${P}.hires.behind`, { n: fmt.number(-gap, 1) })
            : translate(`${P}.hires.onTrack`),
    });
  }
  const title = translate(`${P}.hires.title`);
  return (
    <ChartCard title={title} summary={summary} columns={columns} rows={rows} loading={isPending} error={error} empty={!last}>
      {rows ? (
        <HiresChart
          data={rows}
          fmt={fmt}
          labels={{ cumulative: translate(`${P}.hires.series`), target: scope === 'region' ? translate(`${P}.columns.targetPath`) : null }}
        />
      ) : null}
    </ChartCard>
  );
}

export function CentresCard({ period, scope = 'region' }: { period: Period; scope?: Scope }) {
  const translate = useTranslate();
  const fmt = useFormatters();
  const { data, isPending, error } = useStats('centres-by-year', period);
  type Row = NonNullable<typeof data>['years'][number];
  const n = (key: keyof Row & string, header: string): Column<Row> => ({
    key,
    header: translate(`${P}.columns.${header}`),
    cell: (r) => fmt.number(r[key] as number),
    raw: (r) => r[key] as number,
    numeric: true,
  });
  const columns: Column<Row>[] = [
    { key: 'year', header: translate(`${P}.columns.year`), cell: (r) => String(r.year), raw: (r) => r.year },
    n('opened', 'opened'),
    n('closed', 'closed'),
    n('openAtEnd', 'openAtEnd'),
    ...(scope === 'region' ? [n('target', 'target'), n('cumulativeTarget', 'cumulativeTarget')] : []),
  ];
  const rows = data?.years;
  const last = rows?.[rows.length - 1];
  const summary = last
    ? translate(scope === 'region' ? `${P}.centres.summary` : `${P}.centres.memberSummary`, {
        smart_count: rows!.reduce((s, r) => s + r.opened, 0),
        opened: fmt.number(rows!.reduce((s, r) => s + r.opened, 0)),
        target: fmt.number(rows!.reduce((s, r) => s + r.target, 0)),
        open: fmt.number(last.openAtEnd),
        year: last.year,
      })
    : undefined;
  return (
    <ChartCard title={translate(`${P}.centres.title`)} summary={summary} columns={columns} rows={rows} loading={isPending} error={error}>
      {rows ? (
        <CentresChart
          data={rows}
          fmt={fmt}
          labels={{
            opened: translate(`${P}.columns.opened`),
            target: scope === 'region' ? translate(`${P}.columns.target`) : null,
            openAtEnd: translate(`${P}.columns.openAtEnd`),
          }}
        />
      ) : null}
    </ChartCard>
  );
}

export function FunnelCard({ period }: { period: Period }) {
  const translate = useTranslate();
  const fmt = useFormatters();
  const label = useEnumLabel();
  const { data, isPending, error } = useStats('funnel', period);
  type Row = NonNullable<typeof data>['steps'][number];
  const columns: Column<Row>[] = [
    { key: 'stage', header: translate(`${P}.columns.stage`), cell: (r) => label('stages', r.stage), raw: (r) => label('stages', r.stage) },
    { key: 'reached', header: translate(`${P}.columns.reached`), cell: (r) => fmt.number(r.reached), raw: (r) => r.reached, numeric: true },
    { key: 'fromPrevious', header: translate(`${P}.columns.fromPrevious`), cell: (r) => fmt.percent(r.fromPrevious), raw: (r) => r.fromPrevious, numeric: true },
    { key: 'fromFirst', header: translate(`${P}.columns.fromFirst`), cell: (r) => fmt.percent(r.fromFirst), raw: (r) => r.fromFirst, numeric: true },
  ];
  const days = (n: number | null) => (n === null ? translate(`${P}.funnel.none`) : translate(`${P}.funnel.days`, { n: fmt.number(n, 1) }));
  const summary = data
    ? translate(`${P}.funnel.summary`, {
        applications: fmt.number(data.applications),
        accepted: fmt.number(data.outcomes.accepted),
        rate: fmt.percent(data.steps[data.steps.length - 1]?.fromFirst ?? null),
        days: days(data.timeToHire.medianDaysToAcceptance),
      })
    : undefined;
  const extra = data ? (
    <Stack sx={{ gap: 0.5 }}>
      <Typography variant="body2" color="text.secondary">
        {translate(`${P}.funnel.outcomes`, {
          accepted: fmt.number(data.outcomes.accepted),
          refused: fmt.number(data.outcomes.refused),
          withdrawn: fmt.number(data.outcomes.withdrawn),
          inProgress: fmt.number(data.outcomes.inProgress),
        })}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate(`${P}.funnel.start`, { days: days(data.timeToHire.medianDaysToStart), started: fmt.number(data.timeToHire.started) })}
      </Typography>
    </Stack>
  ) : null;
  return (
    <ChartCard
      title={translate(`${P}.funnel.title`)}
      summary={summary}
      extra={extra}
      columns={columns}
      rows={data?.steps}
      loading={isPending}
      error={error}
      empty={data?.applications === 0}
    >
      {data ? (
        <HorizontalBars
          fmt={fmt}
          name={translate(`${P}.columns.reached`)}
          data={data.steps.map((s, i) => ({
            label: i === 0 ? label('stages', s.stage) : `${label('stages', s.stage)} (${fmt.percent(s.fromPrevious)})`,
            value: s.reached,
          }))}
        />
      ) : null}
    </ChartCard>
  );
}

export function RetentionCard({ period }: { period: Period }) {
  const translate = useTranslate();
  const fmt = useFormatters();
  const label = useEnumLabel();
  const { data, isPending, error } = useStats('retention', period);
  type Row = NonNullable<typeof data>['departures']['byProfession'][number];
  const columns: Column<Row>[] = [
    { key: 'profession', header: translate(`${P}.columns.profession`), cell: (r) => label('professions', r.profession) },
    { key: 'count', header: translate(`${P}.columns.departures`), cell: (r) => fmt.number(r.count), raw: (r) => r.count, numeric: true },
  ];
  const summary = data
    ? translate(`${P}.retention.summary`, {
        smart_count: data.departures.total,
        departures: fmt.number(data.departures.total),
        retention: fmt.percent(data.retention.rate),
        base: translate(data.period.year === null ? `${P}.retention.baseAll` : `${P}.retention.baseYear`),
      })
    : undefined;
  const extra = data ? (
    <Typography variant="body2" color="text.secondary">
      {translate(`${P}.retention.twelveMonth`, {
        rate: fmt.percent(data.twelveMonth.rate),
        retained: fmt.number(data.twelveMonth.retained),
        base: fmt.number(data.twelveMonth.base),
      })}
    </Typography>
  ) : null;
  return (
    <ChartCard
      title={translate(`${P}.retention.title`)}
      summary={summary}
      extra={extra}
      columns={columns}
      rows={data?.departures.byProfession}
      loading={isPending}
      error={error}
      empty={data?.departures.total === 0}
      height={200}
    >
      {data ? (
        <HorizontalBars
          fmt={fmt}
          height={200}
          color={seriesColors.orange}
          name={translate(`${P}.columns.departures`)}
          data={data.departures.byProfession.map((p) => ({ label: label('professions', p.profession), value: p.count }))}
        />
      ) : null}
    </ChartCard>
  );
}

export function ActivityCard({ period }: { period: Period }) {
  const translate = useTranslate();
  const fmt = useFormatters();
  const { data, isPending, error } = useStats('activity', period);
  type Row = NonNullable<typeof data>['months'][number];
  const n = (key: keyof Row & string): Column<Row> => ({
    key,
    header: translate(`${P}.columns.${key}`),
    cell: (r) => fmt.number(r[key] as number),
    raw: (r) => r[key] as number,
    numeric: true,
  });
  const columns: Column<Row>[] = [
    { key: 'month', header: translate(`${P}.columns.month`), cell: (r) => fmt.month(r.month), raw: (r) => r.month },
    n('scheduled'),
    n('unscheduled'),
    n('homeVisits'),
    n('outOfHoursShifts'),
    n('newReferringPatients'),
    n('centresReporting'),
  ];
  const summary = data
    ? translate(`${P}.activity.summary`, {
        consultations: fmt.number(data.totals.consultations),
        homeVisits: fmt.number(data.totals.homeVisits),
        shifts: fmt.number(data.totals.outOfHoursShifts),
        patients: fmt.number(data.totals.newReferringPatients),
      })
    : undefined;
  return (
    <ChartCard
      title={translate(`${P}.activity.title`)}
      summary={summary}
      columns={columns}
      rows={data?.months}
      loading={isPending}
      error={error}
      empty={data ? data.totals.consultations === 0 && data.totals.outOfHoursShifts === 0 : false}
    >
      {data ? (
        <ActivityChart
          data={data.months}
          fmt={fmt}
          labels={{
            scheduled: translate(`${P}.columns.scheduled`),
            unscheduled: translate(`${P}.columns.unscheduled`),
            homeVisits: translate(`${P}.columns.homeVisits`),
          }}
        />
      ) : null}
    </ChartCard>
  );
}

// ---------------------------------------------------------------------------------------------------
// Map

export type MapIndicator = 'centres' | 'professionals' | 'per100k';
const INDICATORS: MapIndicator[] = ['centres', 'professionals', 'per100k'];

const valueOf = (d: DepartmentFigures, indicator: MapIndicator) =>
  indicator === 'centres' ? d.centres : indicator === 'professionals' ? d.professionals : d.professionalsPer100k;

/** The centres list filtered on a department. */
export const centresOfDepartment = (code: string) => `/centres?filter=${encodeURIComponent(JSON.stringify({ departmentCode: code }))}`;

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
  const [indicator, setIndicator] = useStore<MapIndicator>('maillage.dashboard.indicator', 'centres');
  const { data, isPending, error } = useStats('departments', period);
  const departments = data?.departments;
  const columns: Column<DepartmentFigures>[] = [
    { key: 'code', header: translate(`${P}.columns.code`), cell: (r) => r.code },
    { key: 'name', header: translate(`${P}.columns.department`), cell: (r) => r.name ?? r.code },
    { key: 'population', header: translate(`${P}.columns.population`), cell: (r) => fmt.number(r.population), raw: (r) => r.population, numeric: true },
    { key: 'centres', header: translate(`${P}.columns.centres`), cell: (r) => fmt.number(r.centres), raw: (r) => r.centres, numeric: true },
    { key: 'professionals', header: translate(`${P}.columns.professionals`), cell: (r) => fmt.number(r.professionals), raw: (r) => r.professionals, numeric: true },
    {
      key: 'per100k',
      header: translate(`${P}.columns.per100k`),
      cell: (r) => fmt.number(r.professionalsPer100k, 1),
      raw: (r) => r.professionalsPer100k,
      numeric: true,
    },
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

// ---------------------------------------------------------------------------------------------------
// HR

export function HrCards() {
  const translate = useTranslate();
  const fmt = useFormatters();
  const label = useEnumLabel();
  const { data, isPending, error } = useStats('hr', null);
  type Stage = NonNullable<typeof data>['pipeline'][number];
  type Age = NonNullable<typeof data>['openPositions']['byAge'][number];
  const stageColumns: Column<Stage>[] = [
    { key: 'stage', header: translate(`${P}.columns.stage`), cell: (r) => label('stages', r.stage) },
    { key: 'count', header: translate(`${P}.columns.count`), cell: (r) => fmt.number(r.count), raw: (r) => r.count, numeric: true },
    { key: 'medianDays', header: translate(`${P}.columns.medianDays`), cell: (r) => fmt.number(r.medianDaysInStage, 1), raw: (r) => r.medianDaysInStage, numeric: true },
  ];
  const ageColumns: Column<Age>[] = [
    { key: 'age', header: translate(`${P}.columns.age`), cell: (r) => translate(`${P}.hr.ages.${r.bucket}`) },
    { key: 'count', header: translate(`${P}.columns.count`), cell: (r) => fmt.number(r.count), raw: (r) => r.count, numeric: true },
  ];
  const hireColumns: Column<UpcomingHire>[] = [
    { key: 'date', header: translate(`${P}.columns.date`), cell: (r) => fmt.date(r.on), raw: (r) => r.on },
    { key: 'name', header: translate(`${P}.columns.name`), cell: (r) => `${r.firstName} ${r.lastName}` },
    { key: 'profession', header: translate(`${P}.columns.profession`), cell: (r) => label('professions', r.profession) },
    { key: 'contract', header: translate(`${P}.columns.contract`), cell: (r) => label('contracts', r.contract) },
    { key: 'centre', header: translate(`${P}.columns.centre`), cell: (r) => r.centreName },
  ];
  const inProgress = data ? data.pipeline.filter((s) => (FUNNEL_STAGES as readonly string[]).includes(s.stage) && s.stage !== 'acceptee') : [];
  const busiest = [...inProgress].sort((a, b) => b.count - a.count)[0];
  const days = data?.horizonDays ?? 90;
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, sm: 4 }}>
        <KpiCard
          title={translate(`${P}.kpi.positions`)}
          value={data ? fmt.number(data.openPositions.total) : '…'}
          detail={
            data?.openPositions.oldestDays != null
              ? translate(`${P}.hr.agesSummary`, { total: fmt.number(data.openPositions.total), days: translate(`${P}.funnel.days`, { n: fmt.number(data.openPositions.oldestDays) }) })
              : undefined
          }
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 4 }}>
        <KpiCard title={translate(`${P}.hr.startsKpi`)} value={data ? fmt.number(data.starts.total) : '…'} detail={translate(`${P}.hr.horizon`, { days })} />
      </Grid>
      <Grid size={{ xs: 12, sm: 4 }}>
        <KpiCard title={translate(`${P}.hr.endsKpi`)} value={data ? fmt.number(data.contractEnds.total) : '…'} detail={translate(`${P}.hr.horizon`, { days })} />
      </Grid>
      <Grid size={{ xs: 12, lg: 6 }}>
        <ChartCard
          title={translate(`${P}.hr.pipelineTitle`)}
          summary={
            data
              ? translate(`${P}.hr.pipelineSummary`, {
                  total: fmt.number(inProgress.reduce((s, r) => s + r.count, 0)),
                  top: busiest ? label('stages', busiest.stage) : '—',
                  count: fmt.number(busiest?.count ?? 0),
                })
              : undefined
          }
          columns={stageColumns}
          rows={data?.pipeline}
          loading={isPending}
          error={error}
          empty={data ? data.pipeline.every((s) => s.count === 0) : false}
          height={340}
        >
          {data ? (
            <HorizontalBars fmt={fmt} height={340} name={translate(`${P}.columns.count`)} data={data.pipeline.map((s) => ({ label: label('stages', s.stage), value: s.count }))} />
          ) : null}
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, lg: 6 }}>
        <ChartCard
          title={translate(`${P}.hr.agesTitle`)}
          summary={
            data
              ? translate(`${P}.hr.agesSummary`, {
                  total: fmt.number(data.openPositions.total),
                  days: translate(`${P}.funnel.days`, { n: fmt.number(data.openPositions.oldestDays ?? 0) }),
                })
              : undefined
          }
          columns={ageColumns}
          rows={data?.openPositions.byAge}
          loading={isPending}
          error={error}
          empty={data?.openPositions.total === 0}
          height={240}
        >
          {data ? (
            <HorizontalBars
              fmt={fmt}
              height={240}
              color={seriesColors.purple}
              name={translate(`${P}.columns.count`)}
              data={data.openPositions.byAge.map((b) => ({ label: translate(`${P}.hr.ages.${b.bucket}`), value: b.count }))}
            />
          ) : null}
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, lg: 6 }}>
        <ChartCard
          title={translate(`${P}.hr.startsTitle`, { days })}
          summary={data ? translate(`${P}.hr.startsSummary`, { smart_count: data.starts.total, total: fmt.number(data.starts.total), days }) : undefined}
          columns={hireColumns}
          rows={data?.starts.items}
          loading={isPending}
          error={error}
          tableOnly
        />
      </Grid>
      <Grid size={{ xs: 12, lg: 6 }}>
        <ChartCard
          title={translate(`${P}.hr.endsTitle`, { days })}
          summary={data ? translate(`${P}.hr.endsSummary`, { smart_count: data.contractEnds.total, total: fmt.number(data.contractEnds.total), days }) : undefined}
          columns={hireColumns}
          rows={data?.contractEnds.items}
          loading={isPending}
          error={error}
          tableOnly
        />
      </Grid>
    </Grid>
  );
}
