import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useStats, type Period } from '../api';
import { P, useEnumLabel } from './columns';

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
