/**
 * Series colours, each at least 4.5:1 against white (so also as text, and past the 3:1 that WCAG 1.4.11
 * asks of graphical objects): the French State's blue, a red, a green, an orange-brown, a purple, a grey.
 */
export const seriesColors = {
  blue: '#000091', // 15.6:1
  red: '#c9191e', // 5.9:1
  green: '#18753c', // 5.6:1
  orange: '#a94500', // 5.5:1
  purple: '#6e445a', // 8.4:1
  grey: '#5e5e5e', // 6.4:1
} as const;

/** Map classes, light to dark blue; the outlines (#3a3a3a, 11:1) separate the light ones from the page. */
export const mapScale = ['#ececfe', '#cacafb', '#8585f6', '#4a4ae0', '#000091'] as const;
export const mapEmpty = '#ffffff';
export const mapStroke = '#3a3a3a';
