import { useTranslate } from 'react-admin';
import type { OutcomeReasonCount } from '../../../domain/stats';
import { useStats, type Period } from '../api';
import { ChartCard } from '../ChartCard';
import { useFormatters, type Column } from '../format';
import { useEnumLabel } from './columns';

const M = 'maillage.outcomes.funnel';

/**
 * Why the funnel's applications were refused or withdrawn, by reason and by the position's profession
 * (the funnel's own figures, `outcomeReasons`): a table and its CSV, and one sentence naming each
 * outcome's first reason. Counts only, never a person.
 */
export function OutcomeReasonsCard({ period }: { period: Period }) {
  const translate = useTranslate();
  const fmt = useFormatters();
  const label = useEnumLabel();
  const { data, isPending, error } = useStats('funnel', period);
  const rows = data?.outcomeReasons;
  const totalOf = (outcome: OutcomeReasonCount['outcome']) => (outcome === 'refusee' ? data?.outcomes.refused : data?.outcomes.withdrawn) ?? 0;
  const reasonLabel = (r: { reason: string | null }) => (r.reason === null ? translate(`${M}.none`) : translate(`maillage.enums.outcomeReasons.${r.reason}`));
  const columns: Column<OutcomeReasonCount>[] = [
    { key: 'outcome', header: translate(`${M}.outcome`), cell: (r) => label('stages', r.outcome), raw: (r) => label('stages', r.outcome) },
    { key: 'reason', header: translate(`${M}.reason`), cell: reasonLabel, raw: reasonLabel },
    { key: 'profession', header: translate(`${M}.profession`), cell: (r) => label('professions', r.profession), raw: (r) => label('professions', r.profession) },
    { key: 'count', header: translate(`${M}.count`), cell: (r) => fmt.number(r.count), raw: (r) => r.count, numeric: true },
    {
      key: 'share',
      header: translate(`${M}.share`),
      cell: (r) => fmt.percent(totalOf(r.outcome) ? r.count / totalOf(r.outcome) : null),
      raw: (r) => (totalOf(r.outcome) ? Math.round((r.count / totalOf(r.outcome)) * 1000) / 1000 : null),
      numeric: true,
    },
  ];

  /** An outcome's most frequent reason, all professions together (the first in the list's order on a tie). */
  const first = (outcome: OutcomeReasonCount['outcome']) => {
    const byReason = new Map<string | null, number>();
    for (const r of rows ?? []) if (r.outcome === outcome) byReason.set(r.reason, (byReason.get(r.reason) ?? 0) + r.count);
    let best: [string | null, number] | undefined;
    for (const entry of byReason) if (!best || entry[1] > best[1]) best = entry;
    return best;
  };
  const refusal = first('refusee');
  const withdrawal = first('retiree');
  const summary =
    data && rows?.length
      ? translate(`${M}.summary`, {
          refusal: refusal ? reasonLabel({ reason: refusal[0] }) : translate(`${M}.noRefusal`),
          refusalCount: fmt.number(refusal?.[1] ?? 0),
          refused: fmt.number(data.outcomes.refused),
          withdrawal: withdrawal ? reasonLabel({ reason: withdrawal[0] }) : translate(`${M}.noWithdrawal`),
          withdrawalCount: fmt.number(withdrawal?.[1] ?? 0),
          withdrawn: fmt.number(data.outcomes.withdrawn),
        })
      : undefined;
  return (
    <ChartCard
      title={translate(`${M}.title`)}
      summary={summary}
      columns={columns}
      rows={rows}
      loading={isPending}
      error={error}
      tableOnly
    />
  );
}
