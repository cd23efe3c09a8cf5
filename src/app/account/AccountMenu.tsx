import AccountCircle from '@mui/icons-material/AccountCircle';
import Brightness4Icon from '@mui/icons-material/Brightness4';
import Brightness7Icon from '@mui/icons-material/Brightness7';
import CheckIcon from '@mui/icons-material/Check';
import PersonIcon from '@mui/icons-material/Person';
import RefreshIcon from '@mui/icons-material/Refresh';
import TranslateIcon from '@mui/icons-material/Translate';
import { Button, Divider, IconButton, ListItemIcon, ListItemText, Menu, MenuItem } from '@mui/material';
import { useCallback, useId, useMemo, useState, type MouseEvent } from 'react';
import {
  Logout,
  MenuItemLink,
  useGetIdentity,
  useLocales,
  useLocaleState,
  useRefresh,
  UserMenuContextProvider,
  useTheme,
  useThemesContext,
  useTranslate,
  useUserMenu,
} from 'react-admin';

function AccountItem() {
  const { onClose } = useUserMenu() ?? {};
  return <MenuItemLink to="/mon-compte" primaryText="maillage.network.account.menu" leftIcon={<PersonIcon />} onClick={onClose} />;
}

/** The languages, each named in itself (« English », lang="en"); the current one is checked. */
function LanguageItems() {
  const { onClose } = useUserMenu() ?? {};
  const languages = useLocales();
  const [locale, setLocale] = useLocaleState();
  if (languages.length < 2) return null;
  return (
    <>
      {languages.map((language) => (
        <MenuItem
          key={language.locale}
          lang={language.locale}
          selected={language.locale === locale}
          aria-current={language.locale === locale ? 'true' : undefined}
          onClick={() => {
            setLocale(language.locale);
            onClose?.();
          }}
        >
          <ListItemIcon>{language.locale === locale ? <CheckIcon fontSize="small" /> : <TranslateIcon fontSize="small" />}</ListItemIcon>
          <ListItemText>{language.name}</ListItemText>
        </MenuItem>
      ))}
    </>
  );
}

/** « Thème sombre » in the light theme, « Thème clair » in the dark one. */
function ThemeItem() {
  const { onClose } = useUserMenu() ?? {};
  const translate = useTranslate();
  const { darkTheme } = useThemesContext();
  const [theme, setTheme] = useTheme();
  if (!darkTheme) return null;
  const dark = theme === 'dark';
  return (
    <MenuItem
      onClick={() => {
        setTheme(dark ? 'light' : 'dark');
        onClose?.();
      }}
    >
      <ListItemIcon>{dark ? <Brightness7Icon fontSize="small" /> : <Brightness4Icon fontSize="small" />}</ListItemIcon>
      <ListItemText>{translate(dark ? 'maillage.network.account.lightTheme' : 'maillage.network.account.darkTheme')}</ListItemText>
    </MenuItem>
  );
}

function RefreshItem() {
  const { onClose } = useUserMenu() ?? {};
  const translate = useTranslate();
  const refresh = useRefresh();
  return (
    <MenuItem
      onClick={() => {
        refresh();
        onClose?.();
      }}
    >
      <ListItemIcon>
        <RefreshIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('ra.action.refresh')}</ListItemText>
    </MenuItem>
  );
}

/**
 * The user menu: « Mon compte », then sign-out; on a phone (`compact`), also the language, the theme and
 * « Actualiser », whose AppBar buttons do not fit there (AppBar.tsx).
 *
 * Its button is named « Hélène Castan — mon compte », in the app's language, starting with the name it
 * shows (react-admin names it « Profil », and « Profile » when it shows only its icon, which a screen
 * reader or voice control would not match with the name on screen).
 */
export function AccountUserMenu({ compact = false }: { compact?: boolean }) {
  const { identity, isPending } = useGetIdentity();
  const translate = useTranslate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const buttonId = useId();
  const menuId = useId();
  const onClose = useCallback(() => setAnchor(null), []);
  const context = useMemo(() => ({ onClose }), [onClose]);
  const name = isPending ? undefined : identity?.fullName;
  const label = name ? translate('maillage.network.account.button', { name }) : translate('maillage.network.account.menu');
  const open = (event: MouseEvent<HTMLElement>) => setAnchor(event.currentTarget);
  const buttonProps = {
    id: buttonId,
    'aria-label': label,
    'aria-haspopup': 'menu' as const,
    'aria-controls': anchor ? menuId : undefined,
    'aria-expanded': anchor ? ('true' as const) : undefined,
    color: 'inherit' as const,
    onClick: open,
  };
  return (
    <>
      {compact || !name ? (
        <IconButton {...buttonProps} className="RaUserMenu-userButton">
          <AccountCircle />
        </IconButton>
      ) : (
        <Button {...buttonProps} className="RaUserMenu-userButton" startIcon={<AccountCircle />} sx={{ textTransform: 'none', ml: 0.5 }}>
          {name}
        </Button>
      )}
      <UserMenuContextProvider value={context}>
        <Menu
          id={menuId}
          disableScrollLock
          anchorEl={anchor}
          open={!!anchor}
          onClose={onClose}
          anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
          transformOrigin={{ vertical: 'top', horizontal: 'right' }}
          slotProps={{ list: { 'aria-labelledby': buttonId } }}
        >
          <AccountItem />
          {compact && [
            <Divider key="languages-divider" />,
            <LanguageItems key="languages" />,
            <Divider key="display-divider" />,
            <ThemeItem key="theme" />,
            <RefreshItem key="refresh" />,
            <Divider key="logout-divider" />,
          ]}
          <Logout />
        </Menu>
      </UserMenuContextProvider>
    </>
  );
}
