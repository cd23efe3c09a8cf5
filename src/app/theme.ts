import { deepmerge } from '@mui/utils';
import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';

/**
 * The French State's blue (#000091, « bleu France ») as primary and secondary: white text on it is
 * 15.6:1 and it is 14:1 on the light background, well past WCAG AA (react-admin's default blues fail).
 * In the dark theme, the lighter #8585f6 is 6:1 on the dark background.
 */
const blueFrance = '#000091';
const blueFranceDark = '#8585f6';

const shared: RaThemeOptions = {
  components: {
    // Striped rows stay light enough for links and text to keep their contrast.
    // A table wider than the screen (a tablet, a 200 % zoom) scrolls sideways in its own box, not the page.
    // …and the list around it keeps the width of the page (a flex item is as wide as its content otherwise).
    RaList: { styleOverrides: { root: { '& .RaList-main': { minWidth: 0 } } } },
    // A list's action buttons (view toggle, filter, export, create…) wrap on a narrow screen instead of
    // widening the page.
    RaTopToolbar: { styleOverrides: { root: { flexWrap: 'wrap' } } },
    RaDatagrid: { styleOverrides: { root: { '& .RaDatagrid-headerCell': { fontWeight: 600 }, '& .RaDatagrid-tableWrapper': { overflowX: 'auto' } } } },
  },
};

export const lightTheme: RaThemeOptions = deepmerge(deepmerge(defaultLightTheme, shared), {
  palette: {
    mode: 'light',
    primary: { main: blueFrance },
    secondary: { main: blueFrance },
    // A darker red than MUI's #d32f2f (3.8:1 on the form toolbar's #e0e0e0, the « Supprimer » button
    // of the edit forms): #b60000 is 5.3:1 there and 7:1 on white.
    error: { main: '#b60000' },
    background: { default: '#f6f6f6' },
  },
});

export const darkTheme: RaThemeOptions = deepmerge(deepmerge(defaultDarkTheme, shared), {
  palette: {
    mode: 'dark',
    primary: { main: blueFranceDark },
    secondary: { main: blueFranceDark },
  },
});
