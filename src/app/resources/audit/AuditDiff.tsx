import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { FieldSpec } from '../../../domain/resource';
import { resourceByName, type ResourceName } from '../../../domain/resources';
import { formatValue } from '../../forms';

const asObject = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * An entry's before and after, field by field, with the resource's French labels and values as the
 * screens show them; changed fields come first and are marked in words, not only by emphasis.
 */
export function AuditDiff() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const before = asObject(record.before);
  const after = asObject(record.after);
  const description = resourceByName[record.resource as ResourceName];
  const specOf = (field: string): FieldSpec => description?.fields[field] ?? { label: field, kind: 'json' };
  const order = description ? Object.keys(description.fields) : [];
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort((a, b) => {
    const changed = Number(same(before[a], after[a])) - Number(same(before[b], after[b]));
    return changed || (order.indexOf(a) - order.indexOf(b));
  });
  if (!fields.length) return <Typography variant="body2">{translate('maillage.network.audit.nothing')}</Typography>;
  const show = (field: string, value: unknown, present: boolean) => {
    if (!present) return '—';
    const spec = specOf(field);
    const text = formatValue(spec, value);
    return text === '' ? '—' : text;
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
          const changed = (field in before) && (field in after) && !same(before[field], after[field]);
          return (
            <TableRow key={field} sx={changed ? { bgcolor: 'action.hover' } : undefined}>
              <TableCell component="th" scope="row" sx={{ fontWeight: changed ? 700 : 400 }}>
                {specOf(field).label}
                {changed ? ` (${translate('maillage.network.audit.changed')})` : ''}
              </TableCell>
              <TableCell>{show(field, before[field], field in before)}</TableCell>
              <TableCell sx={{ fontWeight: changed ? 700 : 400 }}>{show(field, after[field], field in after)}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
