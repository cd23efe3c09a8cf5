import polyglotI18nProvider from 'ra-i18n-polyglot';
import { fr } from './fr';

export const locales = [
  { locale: 'fr', name: 'Français' },
  { locale: 'en', name: 'English' },
];

/** French by default; English is loaded on demand when the user picks it. */
export function createI18nProvider() {
  return polyglotI18nProvider((locale) => (locale === 'en' ? import('./en').then((m) => m.en) : fr), 'fr', locales);
}
