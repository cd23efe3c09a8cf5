import { useMediaQuery, type Theme } from '@mui/material';
import type { ReactNode } from 'react';
import { SimpleListClasses } from 'react-admin';

/**
 * Below the theme's `md` breakpoint (a 768 px tablet, or a laptop at 200 % zoom) the wide lists show
 * a SimpleList — a few lines of text per record — instead of a table of seven to ten columns that
 * would only scroll sideways.
 */
export function useNarrowScreen(): boolean {
  return useMediaQuery((theme: Theme) => theme.breakpoints.down('md'), { noSsr: true });
}

/**
 * A SimpleList's third text (the status), placed at the right of the first line as react-admin does
 * for a plain string: an element given as `tertiaryText` is not wrapped in its class otherwise.
 */
export function Tertiary({ children }: { children: ReactNode }) {
  return <span className={SimpleListClasses.tertiary}>{children}</span>;
}
