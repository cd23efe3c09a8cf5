import { CreateButton, ExportButton, FilterButton, TopToolbar } from 'react-admin';

/** A list's toolbar: filters, create (when canAccess allows; react-admin checks it), CSV export. */
export function ListActions({ create = true }: { create?: boolean }) {
  return (
    <TopToolbar>
      <FilterButton />
      {create && <CreateButton />}
      <ExportButton />
    </TopToolbar>
  );
}
