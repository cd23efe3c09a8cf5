import { Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useStats, type Period } from '../api';
import { ChartCard } from '../ChartCard';
import { useFormatters, type Column } from '../format';
import { HorizontalBars } from '../lazyCharts';
import { P, useColumns, useEnumLabel } from './columns';

/** The applications received in the period and how far they got (counts only, never a person). */
export function FunnelCard({ period }: { period: Period }) {
  const translate = useTranslate();
  const fmt = useFormatters();
  const label = useEnumLabel();
  const column = useColumns();
  const { data, isPending, error } = useStats('funnel', period);
  type Row = NonNullable<typeof data>['steps'][number];
  const columns: Column<Row>[] = [
    column.text('stage', (r) => label('stages', r.stage)),
    column.number('reached', (r) => r.reached),
    column.percent('fromPrevious', (r) => r.fromPrevious),
    column.percent('fromFirst', (r) => r.fromFirst),
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
