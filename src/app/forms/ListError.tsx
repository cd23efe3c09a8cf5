import { Alert } from '@mui/material';
import { useEffect, useRef } from 'react';
import { useListContext, useNotify, useTranslate } from 'react-admin';
import { resourceByName, type ResourceName } from '../../domain/resources';

/**
 * What a list shows when its page could not be loaded (listProps puts it on every list, and turns off
 * react-admin's own toast, which named the raw field: « Filtre impossible sur « nope » »).
 *
 * A filter or a sort the API refuses (400) comes from the address (`?filter={"nope":1}`, an old
 * bookmark) or from the list parameters react-admin keeps in its store, so it would come back on every
 * visit: the list drops it, says so in French (« Ce filtre n’est pas reconnu : il a été retiré. ») and
 * loads again. Any other failure is said in the list's place, in the server's words (French) or ours.
 */
export function ListError() {
  const { error, filterValues, setFilters, sort, setSort, resource } = useListContext();
  const translate = useTranslate();
  const notify = useNotify();
  const description = resourceByName[resource as ResourceName];
  const status = (error as { status?: number } | null)?.status;
  const message = (error as Error | null)?.message || 'ra.notification.http_error';
  const sortRefused = status === 400 && !!description && !!sort?.field && description.fields[sort.field]?.sortable !== true;
  const filterRefused = status === 400 && !sortRefused && Object.keys(filterValues ?? {}).length > 0;
  const handled = useRef<unknown>(null);

  useEffect(() => {
    if (!error || handled.current === error) return;
    handled.current = error;
    if (sortRefused) {
      setSort({ field: description.defaultSort[0], order: description.defaultSort[1] });
      notify('maillage.network.filters.sortRejected', { type: 'warning' });
    } else if (filterRefused) {
      setFilters({}, {});
      notify('maillage.network.filters.rejected', { type: 'warning' });
    }
  }, [error, sortRefused, filterRefused, description, setSort, setFilters, notify]);

  // The list reloads without what the API refused.
  if (sortRefused || filterRefused) return null;
  return (
    <Alert severity="error" sx={{ m: 2 }}>
      {translate(message, { _: message })}
    </Alert>
  );
}
