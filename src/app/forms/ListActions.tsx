import { CreateButton, ExportButton, FilterButton, SortButton, TopToolbar, useResourceContext } from 'react-admin';
import { resourceByName, type ResourceName } from '../../domain/resources';
import { useNarrowScreen } from '../components/narrow';

/**
 * On a narrow screen the lists have no column headers to click (SimpleList): « Trier par … » offers
 * the same sorts, those the API can do (the description's sortable fields).
 */
export function NarrowSortButton() {
  const narrow = useNarrowScreen();
  const resource = useResourceContext();
  const description = resource ? resourceByName[resource as ResourceName] : undefined;
  if (!narrow || !description) return null;
  const fields = Object.entries(description.fields)
    .filter(([, spec]) => spec.sortable)
    .map(([name]) => name);
  return fields.length > 0 ? <SortButton fields={fields} /> : null;
}

/** A list's toolbar: filters, create (when canAccess allows; react-admin checks it), CSV export. */
export function ListActions({ create = true }: { create?: boolean }) {
  return (
    <TopToolbar>
      <NarrowSortButton />
      <FilterButton />
      {create && <CreateButton />}
      <ExportButton />
    </TopToolbar>
  );
}
