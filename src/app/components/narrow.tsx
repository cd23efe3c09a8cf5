import { useMediaQuery, type Theme } from '@mui/material';

/**
 * Below the theme's `md` breakpoint (a 768 px tablet, or a laptop at 200 % zoom) the wide lists show
 * a SimpleList — a few lines of text per record — instead of a table of seven to ten columns that
 * would only scroll sideways.
 */
export function useNarrowScreen(): boolean {
  return useMediaQuery((theme: Theme) => theme.breakpoints.down('md'), { noSsr: true });
}
