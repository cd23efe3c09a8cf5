import { useTranslate } from 'react-admin';
import { useStats, type Period } from '../api';
import { ChartCard } from '../ChartCard';
import { useFormatters, type Column } from '../format';
import { CentresChart } from '../lazyCharts';
import { P, useColumns, type Scope } from './columns';

/** Centres opened and closed per year, open at the year's end, against the plan (regional only). */
export function CentresCard({ period, scope = 'region' }: { period: Period; scope?: Scope }) {
  const translate = useTranslate();
  const fmt = useFormatters();
  const column = useColumns();
  const { data, isPending, error } = useStats('centres-by-year', period);
  type Row = NonNullable<typeof data>['years'][number];
  const n = (key: 'opened' | 'closed' | 'openAtEnd' | 'target' | 'cumulativeTarget') => column.number<Row>(key, (r) => r[key]);
  const columns: Column<Row>[] = [
    column.text('year', (r) => String(r.year), { raw: (r) => r.year }),
    n('opened'),
    n('closed'),
    n('openAtEnd'),
    ...(scope === 'region' ? [n('target'), n('cumulativeTarget')] : []),
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
