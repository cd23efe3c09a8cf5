import { Grid } from '@mui/material';
import { useTranslate } from 'react-admin';
import { FUNNEL_STAGES, type UpcomingHire } from '../../../domain/stats';
import { useStats } from '../api';
import { ChartCard } from '../ChartCard';
import { seriesColors } from '../colors';
import { useFormatters, type Column } from '../format';
import { KpiCard } from '../KpiCard';
import { HorizontalBars } from '../lazyCharts';
import { P, useColumns, useEnumLabel } from './columns';

/** The HR dashboard: the pipeline by stage, open positions by age, starts and contract ends ahead. */
export function HrCards() {
  const translate = useTranslate();
  const fmt = useFormatters();
  const label = useEnumLabel();
  const column = useColumns();
  const { data, isPending, error } = useStats('hr', null);
  type Stage = NonNullable<typeof data>['pipeline'][number];
  type Age = NonNullable<typeof data>['openPositions']['byAge'][number];
  const stageColumns: Column<Stage>[] = [
    column.text('stage', (r) => label('stages', r.stage)),
    column.number('count', (r) => r.count),
    column.number('medianDays', (r) => r.medianDaysInStage, { digits: 1 }),
  ];
  const ageColumns: Column<Age>[] = [
    column.text('age', (r) => translate(`${P}.hr.ages.${r.bucket}`)),
    column.number('count', (r) => r.count),
  ];
  const hireColumns: Column<UpcomingHire>[] = [
    column.date((r) => r.on),
    column.text('name', (r) => `${r.firstName} ${r.lastName}`),
    column.text('profession', (r) => label('professions', r.profession)),
    column.text('contract', (r) => label('contracts', r.contract)),
    column.text('centre', (r) => r.centreName),
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
      {(['starts', 'ends'] as const).map((which) => {
        const upcoming = which === 'starts' ? data?.starts : data?.contractEnds;
        return (
          <Grid key={which} size={{ xs: 12, lg: 6 }}>
            <ChartCard
              title={translate(`${P}.hr.${which}Title`, { days })}
              summary={upcoming ? translate(`${P}.hr.${which}Summary`, { smart_count: upcoming.total, total: fmt.number(upcoming.total), days }) : undefined}
              columns={hireColumns}
              rows={upcoming?.items}
              loading={isPending}
              error={error}
              tableOnly
            />
          </Grid>
        );
      })}
    </Grid>
  );
}
