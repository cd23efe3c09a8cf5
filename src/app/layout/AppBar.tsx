import { CircularProgress, useMediaQuery, type Theme } from '@mui/material';
import { AppBar as RaAppBar, TitlePortal, useLoading, useTranslate } from 'react-admin';
import { AccountUserMenu } from '../account/AccountMenu';
import { DemoChip } from './DemoChip';

/**
 * Under md (a tablet, or a desktop zoomed to 200 %), the language and user buttons show only their icons,
 * so that the page's title (its h1, cut with « … » when too long) keeps most of the bar. Their text stays
 * in the accessibility tree (font-size 0, not display: none): it still names the language button
 * (react-admin's, found by its aria-controls since it has no class of its own), and the user button
 * keeps its aria-label.
 */
const compactUnderMd = (theme: Theme) => ({
  [theme.breakpoints.down('md')]: {
    '& button[aria-controls="simple-menu"], & .RaUserMenu-userButton': {
      fontSize: 0,
      minWidth: 0,
      '& .MuiButton-startIcon': { marginRight: 0 },
    },
  },
  '& .MuiToolbar-root > *': { flexShrink: 0 },
  '& .MuiToolbar-root > #react-admin-title': { flexShrink: 1 },
});

/** On a phone, what is left of react-admin's loading indicator: its spinner, named (« Chargement »). */
function PhoneLoading() {
  const loading = useLoading();
  const translate = useTranslate();
  if (!loading) return null;
  return <CircularProgress color="inherit" size={16} thickness={6} aria-label={translate('ra.page.loading')} sx={{ mx: 0.5 }} />;
}

/**
 * react-admin's app bar (title, language, theme, refresh and loading) with the demonstration-data chip.
 * On a phone (under sm, 600 px) the language, theme and refresh buttons do not fit beside the title:
 * they move into the user menu, whose button is then an icon (AccountUserMenu `compact`), and the chip
 * reads « Démo ».
 */
export function AppBar() {
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'), { noSsr: true });
  return (
    <RaAppBar userMenu={<AccountUserMenu compact={phone} />} toolbar={phone ? <PhoneLoading /> : undefined} sx={compactUnderMd}>
      <TitlePortal
        component="h1"
        variant="h6"
        // react-admin wraps the title in an inline-block, which « … » does not cut: made inline, a title too
        // long for the bar ends in « … » instead of being cut mid-letter.
        sx={{ minWidth: '6em', fontSize: { xs: '1.05rem', md: '1.25rem' }, '& > span': { display: 'inline' } }}
      />
      <DemoChip compact={phone} />
    </RaAppBar>
  );
}
