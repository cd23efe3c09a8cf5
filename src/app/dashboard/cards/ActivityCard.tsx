import { useTranslate } from 'react-admin';
import { useStats, type Period } from '../api';
import { ChartCard } from '../ChartCard';
import { useFormatters, type Column } from '../format';
import { ActivityChart } from '../lazyCharts';
import { P, useColumns } from './columns';

/** The centres' monthly activity: consultations, home visits, out-of-hours shifts, new referring patients. */
export function ActivityCard({ period }: { period: Period }) {
  const translate = useTranslate();
  const fmt = useFormatters();
  const column = useColumns();
  const { data, isPending, error } = useStats('activity', period);
  type Row = NonNullable<typeof data>['months'][number];
  const n = (key: Exclude<keyof Row, 'month'>) => column.number<Row>(key, (r) => r[key]);
  const columns: Column<Row>[] = [
    column.month((r) => r.month),
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
