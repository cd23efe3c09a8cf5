import { AppBar as RaAppBar, TitlePortal } from 'react-admin';
import { AccountUserMenu } from '../account/AccountMenu';
import { DemoChip } from './DemoChip';

/** react-admin's app bar (title, language, theme, loading) with the demonstration-data chip. */
export function AppBar() {
  return (
    <RaAppBar userMenu={<AccountUserMenu />}>
      <TitlePortal component="h1" variant="h6" />
      <DemoChip />
    </RaAppBar>
  );
}
