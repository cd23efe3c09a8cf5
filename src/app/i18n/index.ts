import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider } from 'react-admin';
import { fr } from './fr';

export const locales = [
  { locale: 'fr', name: 'Français' },
  { locale: 'en', name: 'English' },
];

/** The language the app speaks now, for what formats outside React (a record's representation). */
let current = 'fr';
export const currentLocale = () => current;
let active: I18nProvider | undefined;
/** Translates in the language the app speaks now, outside React (a record's representation, a CSV). */
export const translateNow = (key: string, options?: Record<string, unknown>): string =>
  active ? active.translate(key, options) : String(options?._ ?? key);

/** The Intl locale of an app language: dates and months as a reader of that language writes them. */
export const intlLocale = (locale: string) => (locale === 'en' ? 'en-GB' : 'fr-FR');

/**
 * French by default; English is loaded on demand when the user picks it.
 *
 * A plural entry (« Centre de santé |||| Centres de santé ») asked for without `smart_count` would come
 * out whole, `||||` included: it gets its singular instead. Screens pass `smart_count` (react-admin's
 * getResourceLabel does); this is the net under a forgotten one.
 */
export function createI18nProvider(): I18nProvider {
  current = 'fr';
  const provider = polyglotI18nProvider((locale) => (locale === 'en' ? import('./en').then((m) => m.en) : fr), 'fr', locales);
  active = {
    ...provider,
    translate(key, options = {}) {
      const text = provider.translate(key, options);
      return options.smart_count === undefined && typeof text === 'string' && text.includes('||||')
        ? provider.translate(key, { ...options, smart_count: 1 })
        : text;
    },
    async changeLocale(locale, options) {
      await provider.changeLocale(locale, options);
      current = locale;
    },
  };
  return active;
}
