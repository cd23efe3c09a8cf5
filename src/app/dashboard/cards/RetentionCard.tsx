import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useStats, type Period } from '../api';
import { ChartCard } from '../ChartCard';
import { seriesColors } from '../colors';
import { useFormatters, type Column } from '../format';
import { HorizontalBars } from '../lazyCharts';
import { P, useColumns, useEnumLabel } from './columns';

/** Departures per profession, retention over the period and twelve months after the first day. */
export function RetentionCard({ period }: { period: Period }) {
  const translate = useTranslate();
  const fmt = useFormatters();
  const label = useEnumLabel();
  const column = useColumns();
  const { data, isPending, error } = useStats('retention', period);
  type Row = NonNullable<typeof data>['departures']['byProfession'][number];
  const columns: Column<Row>[] = [
    column.text('profession', (r) => label('professions', r.profession)),
    column.number('count', (r) => r.count, { header: 'departures' }),
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
