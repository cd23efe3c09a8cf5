import { useRecordContext, type FieldProps } from 'react-admin';
import { resourceByName, type ResourceName } from '../../../domain/resources';
import { representationOf } from '../../fields';

const asObject = (v: unknown): Record<string, unknown> | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null);

/**
 * The record an entry is about, by name (« Centre de santé de Lacaune ») when the reader may see its
 * content, else by number; the representation fields of its resource, read from after or before.
 */
export function recordNameOf(entry: Record<string, unknown>): string | null {
  if (entry.recordId == null) return null;
  const content = entry.withheld ? null : (asObject(entry.after) ?? asObject(entry.before));
  const resource = typeof entry.resource === 'string' && Object.hasOwn(resourceByName, entry.resource) ? resourceByName[entry.resource as ResourceName] : undefined;
  const named = resource && content && resource.representation.some((f) => f !== 'id' && content[f] != null && content[f] !== '');
  const name = named ? representationOf(resource)({ ...content, id: entry.recordId }) : typeof entry.recordLabel === 'string' ? entry.recordLabel : null;
  return name ? `${name} (n° ${entry.recordId})` : `n° ${entry.recordId}`;
}

export function RecordLabelField(_props: FieldProps & { source: string }) {
  const record = useRecordContext();
  if (!record) return null;
  return <span>{recordNameOf(record) ?? '—'}</span>;
}
