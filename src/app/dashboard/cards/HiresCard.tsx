import { useTranslate } from 'react-admin';
import { useStats, type Period } from '../api';
import { ChartCard } from '../ChartCard';
import { useFormatters, type Column } from '../format';
import { HiresChart } from '../lazyCharts';
import { P, useColumns, type Scope } from './columns';

/** Recruitments per month, cumulative, against the path to the target (regional only). */
export function HiresCard({ period, scope = 'region' }: { period: Period; scope?: Scope }) {
  const translate = useTranslate();
  const fmt = useFormatters();
  const column = useColumns();
  const { data, isPending, error } = useStats('hires-by-month', period);
  type Row = NonNullable<typeof data>['months'][number];
  const columns: Column<Row>[] = [
    column.month((r) => r.month),
    column.number('hires', (r) => r.hires),
    column.number('cumulative', (r) => r.cumulative),
    ...(scope === 'region' ? [column.number<Row>('target', (r) => r.target, { header: 'targetPath', digits: 1 })] : []),
  ];
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
