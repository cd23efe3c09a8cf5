import frenchMessages from 'ra-language-french';
import type { TranslationMessages } from 'react-admin';
import { appFr } from './app-messages';
import { enumsFr, resourcesFr } from './domain-messages';
import { typeset } from './typography';

/**
 * Where react-admin's French says less than it should: the 404 page (whose message react-admin ends
 * with its own « . »), and « Se déconnecter », the counterpart of « Se connecter ».
 */
const raOverrides = {
  page: { not_found: 'Page introuvable' },
  message: {
    not_found: 'Cette adresse ne correspond à aucune page de Maillage : le lien est peut-être incomplet ou ancien. Revenez à la page précédente, ou choisissez une page dans le menu',
  },
  auth: { logout: 'Se déconnecter', user_menu: 'Mon compte' },
};

const raFr: TranslationMessages['ra'] = {
  ...frenchMessages.ra,
  page: { ...frenchMessages.ra.page, ...raOverrides.page },
  message: { ...frenchMessages.ra.message, ...raOverrides.message },
  auth: { ...frenchMessages.ra.auth, ...raOverrides.auth },
};

/**
 * French, the default: react-admin's catalogue, the domain's labels, the app's own words, all set in
 * French typography (typography.ts). The dashboards' words (`maillage.dashboard`) are not passed through
 * it yet: their tests name buttons with ordinary spaces.
 */
const { dashboard, ...app } = appFr;
export const fr: TranslationMessages = {
  ...typeset({ ...frenchMessages, ra: raFr }),
  resources: typeset(resourcesFr),
  maillage: { ...typeset(app), dashboard, enums: typeset(enumsFr) },
};
