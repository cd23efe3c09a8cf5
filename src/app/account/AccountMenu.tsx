import PersonIcon from '@mui/icons-material/Person';
import { Logout, MenuItemLink, UserMenu, useGetIdentity, useUserMenu } from 'react-admin';

function AccountItem() {
  const { onClose } = useUserMenu() ?? {};
  return <MenuItemLink to="/mon-compte" primaryText="maillage.network.account.menu" leftIcon={<PersonIcon />} onClick={onClose} />;
}

/**
 * The user menu: « Mon compte », then sign-out. Its button is named after the signed-in user, as it
 * shows (react-admin names it « Profil », which a screen reader would not match with the name shown).
 */
export function AccountUserMenu() {
  const { identity } = useGetIdentity();
  return (
    <UserMenu label={identity?.fullName ?? 'ra.auth.user_menu'}>
      <AccountItem />
      <Logout />
    </UserMenu>
  );
}
