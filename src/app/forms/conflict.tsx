import { Alert, AlertTitle, Button, Stack } from '@mui/material';
import { createContext, useContext, useState, type ReactNode } from 'react';
import {
  EditContext,
  useCreatePath,
  useNotify,
  useResourceContext,
  useTranslate,
  type HttpError,
} from 'react-admin';
import { useFormState } from 'react-hook-form';
import type { ResourceDescription } from '../../domain/resource';

/**
 * Stale writes (HTTP 409). Every record carries a `version`; when somebody else saved the record
 * after this form opened, the server refuses the write and changes nothing. The form then keeps
 * what the user typed and says so, and offers two ways on:
 *  - open the latest version in a new tab (to compare);
 *  - reload the latest version into the form while keeping the fields the user changed: the fields
 *    they did not touch take the other person's values, `version` becomes the latest, and the alert
 *    lists what the other person changed. Saving again then writes over the latest version knowingly.
 *
 * `ConflictProvider` wraps an `<Edit>`; `useSaveErrorHandler()` is its `mutationOptions.onError`;
 * `<ConflictAlert>` sits inside the form. `ResourceEdit` and `ResourceForm` wire all three.
 */
type ConflictState = null | { phase: 'stale' } | { phase: 'reloaded'; version: number; changed: string[]; alsoMine: string[] };

const ConflictContext = createContext<{ conflict: ConflictState; setConflict: (c: ConflictState) => void } | null>(null);

export function ConflictProvider({ children }: { children: ReactNode }) {
  const [conflict, setConflict] = useState<ConflictState>(null);
  return <ConflictContext.Provider value={{ conflict, setConflict }}>{children}</ConflictContext.Provider>;
}

/**
 * react-admin's default error handling for a save (a notification, none for field errors, which the
 * form shows next to each field), plus the conflict case.
 */
export function useSaveErrorHandler() {
  const notify = useNotify();
  const context = useContext(ConflictContext);
  return (error: unknown) => {
    const e = error as Partial<HttpError> | string;
    if (typeof e === 'object' && e?.status === 409 && context) {
      context.setConflict({ phase: 'stale' });
      notify('maillage.network.conflict.title', { type: 'error' });
      return;
    }
    const fieldErrors = typeof e === 'object' ? (e?.body as { errors?: object } | undefined)?.errors : undefined;
    if (fieldErrors && Object.keys(fieldErrors).length > 0) return; // shown on the fields
    const message = typeof e === 'string' ? e : e?.message;
    notify(message || 'ra.notification.http_error', { type: 'error', messageArgs: { _: message } });
  };
}

/** Forget a conflict once the record is saved. */
export function useClearConflict() {
  const context = useContext(ConflictContext);
  return () => context?.setConflict(null);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function ConflictAlert({ description }: { description: ResourceDescription }) {
  const context = useContext(ConflictContext);
  const edit = useContext(EditContext); // absent on a Create page
  const translate = useTranslate();
  const resource = useResourceContext();
  const createPath = useCreatePath();
  // Subscribes the form to dirtyFields, which `keepDirtyValues` needs when the record is reloaded.
  const { dirtyFields } = useFormState();
  if (!context?.conflict || !edit?.record) return null;
  const { conflict, setConflict } = context;
  const record = edit.record;
  const latestHref = `#${createPath({ resource, id: record.id, type: 'show' })}`;
  const label = (field: string) => description.fields[field]?.label ?? field;

  const reload = async () => {
    const before = record;
    const result = await edit.refetch();
    const latest = result.data ?? before;
    const changed = Object.keys(description.fields).filter(
      (f) => f !== 'version' && !description.fields[f].writeOnly && !same(before[f], latest[f]),
    );
    setConflict({
      phase: 'reloaded',
      version: Number(latest.version),
      changed: changed.map(label),
      alsoMine: changed.filter((f) => (dirtyFields as Record<string, unknown>)[f]).map(label),
    });
  };

  if (conflict.phase === 'reloaded')
    return (
      <Alert severity="info" role="status" sx={{ mb: 2, width: '100%' }}>
        <AlertTitle>{translate('maillage.network.conflict.reloadedTitle')}</AlertTitle>
        {translate('maillage.network.conflict.reloaded')}{' '}
        {conflict.changed.length
          ? translate('maillage.network.conflict.changed', { fields: conflict.changed.join(', ') })
          : translate('maillage.network.conflict.nothingChanged')}
        {conflict.alsoMine.length > 0 && <> {translate('maillage.network.conflict.alsoMine', { fields: conflict.alsoMine.join(', ') })}</>}
      </Alert>
    );
  return (
    <Alert severity="warning" role="alert" sx={{ mb: 2, width: '100%' }}>
      <AlertTitle>{translate('maillage.network.conflict.title')}</AlertTitle>
      {translate('maillage.network.conflict.explanation')}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ mt: 1 }}>
        <Button variant="outlined" size="small" href={latestHref} target="_blank" rel="noopener">
          {translate('maillage.network.conflict.openLatest')}
        </Button>
        <Button variant="contained" size="small" onClick={reload}>
          {translate('maillage.network.conflict.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}
