import { AppBar as RaAppBar, TitlePortal } from 'react-admin';
import { DemoChip } from './DemoChip';

/** react-admin's app bar (title, language, theme, loading) with the demonstration-data chip. */
export function AppBar() {
  return (
    <RaAppBar>
      <TitlePortal component="h1" variant="h6" />
      <DemoChip />
    </RaAppBar>
  );
}
