import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useCanAccess, useGetManyAggregate, useRecordContext, useTranslate } from 'react-admin';
import type { FieldSpec } from '../../../domain/resource';
import { resourceByName, type ResourceName } from '../../../domain/resources';
import { euros, representationOf } from '../../fields';
import { formatValue } from '../../forms';
import { useAuditText } from './messages';

const descriptionOf = (name: unknown) =>
  typeof name === 'string' && Object.hasOwn(resourceByName, name) ? resourceByName[name as ResourceName] : undefined;

/**
 * A number as the screens show it: « 12 000 € » for amounts in euros, « 0,5 », and « 12 000 » but
 * « 2030 » (French typography groups the digits from five on: a year keeps its four).
 */
function formatNumber(spec: FieldSpec, value: unknown): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value) || (spec.kind !== 'integer' && spec.kind !== 'number')) return undefined;
  if (spec.unit === 'euro') return new Intl.NumberFormat('fr-FR', euros).format(value);
  return new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2, useGrouping: Math.abs(value) >= 10_000 }).format(value);
}

/**
 * Referenced records by name (« CC Couserans-Pyrénées ») for a reader who may read them, by number
 * otherwise; one getMany per resource for the whole table (useGetManyAggregate groups the cells' calls).
 */
function ReferenceNames({ spec, value }: { spec: FieldSpec; value: unknown }) {
  const target = descriptionOf(spec.reference);
  const ids = (Array.isArray(value) ? value : [value]).filter((v): v is number => typeof v === 'number');
  const { canAccess } = useCanAccess({ resource: target?.name ?? '', action: 'list' });
  const { data } = useGetManyAggregate(target?.name ?? '', { ids }, { enabled: !!target && !!canAccess && ids.length > 0 });
  if (!ids.length) return <>—</>;
  const name = (id: number) => {
    const record = data?.find((r) => r.id === id);
    return record && target ? representationOf(target)(record) : `n° ${id}`;
  };
  return <>{ids.map(name).join(', ')}</>;
}

const asObject = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * An entry's before and after, field by field, with the resource's French labels and values as the
 * screens show them; changed fields come first and are marked in words, not only by emphasis.
 */
export function AuditDiff() {
  const record = useRecordContext();
  const translate = useTranslate();
  const text = useAuditText();
  if (!record) return null;
  if (record.withheld) return <Typography variant="body2">{text.withheld}</Typography>;
  const before = asObject(record.before);
  const after = asObject(record.after);
  const description = descriptionOf(record.resource);
  const specOf = (field: string): FieldSpec =>
    (description && Object.hasOwn(description.fields, field) ? description.fields[field] : undefined) ?? { label: field, kind: 'json' };
  const order = description ? Object.keys(description.fields) : [];
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort((a, b) => {
    const changed = Number(same(before[a], after[a])) - Number(same(before[b], after[b]));
    return changed || (order.indexOf(a) - order.indexOf(b));
  });
  if (!fields.length) return <Typography variant="body2">{translate('maillage.network.audit.nothing')}</Typography>;
  const show = (field: string, value: unknown, present: boolean) => {
    if (!present || value === null || value === undefined || value === '') return '—';
    const spec = specOf(field);
    if ((spec.kind === 'reference' || spec.kind === 'references') && spec.reference) return <ReferenceNames spec={spec} value={value} />;
    const shown = formatNumber(spec, value) ?? formatValue(spec, value);
    return shown === '' ? '—' : shown;
  };
  return (
    <Table size="small" aria-label={translate('maillage.network.audit.diff')}>
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">{translate('maillage.network.audit.field')}</TableCell>
          <TableCell component="th" scope="col">{translate('maillage.network.audit.before')}</TableCell>
          <TableCell component="th" scope="col">{translate('maillage.network.audit.after')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {fields.map((field) => {
          const changed = Object.hasOwn(before, field) && Object.hasOwn(after, field) && !same(before[field], after[field]);
          return (
            <TableRow key={field} sx={changed ? { bgcolor: 'action.hover' } : undefined}>
              <TableCell component="th" scope="row" sx={{ fontWeight: changed ? 700 : 400 }}>
                {specOf(field).label}
                {changed ? ` (${translate('maillage.network.audit.changed')})` : ''}
              </TableCell>
              <TableCell>{show(field, before[field], Object.hasOwn(before, field))}</TableCell>
              <TableCell sx={{ fontWeight: changed ? 700 : 400 }}>{show(field, after[field], Object.hasOwn(after, field))}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
