import frenchMessages from 'ra-language-french';
import type { TranslationMessages } from 'react-admin';
import { appFr } from './app-messages';
import { enumsFr, resourcesFr } from './domain-messages';

/** French, the default: react-admin's catalogue, the domain's labels, the app's own words. */
export const fr: TranslationMessages = { ...frenchMessages, resources: resourcesFr, maillage: { ...appFr, enums: enumsFr } };
