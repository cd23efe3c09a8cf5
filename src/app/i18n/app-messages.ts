import { dashboardFr } from './dashboard-messages';
import { documentsFr } from './documents-messages';
import { formsFr } from './forms-messages';
import { mailFr } from './mail-messages';
import { recruitmentFr } from './recruitment-messages';
import { interviewsFr } from './interviews-messages';
import { outcomesFr } from './outcome-messages';

import { networkFr } from './network-messages';
/**
 * The app's own words (not react-admin's, not the domain's). French is the reference: the English
 * catalogue is typed against it, so a missing or misspelt key fails the type check.
 */
export const appFr = {
  network: networkFr,
  recruitment: recruitmentFr,
  dashboard: dashboardFr,
  forms: formsFr,
  documents: documentsFr,
  interviews: interviewsFr,
  mail: mailFr,
  outcomes: outcomesFr,
  demo: {
    chip: 'Données de démonstration',
    short: 'Démo',
    explanation:
      'Personnes fictives ; organisations, communes et dates d’après ce que le GIP a rendu public. Les modifications ne sont pas conservées.',
  },
  members: { backedCentres: 'Centres soutenus' },
  /** Failures that the server did not describe itself (its own messages are already in French). */
  errors: {
    network: 'Le serveur ne répond pas : vérifiez la connexion, puis réessayez.',
    server: 'Le serveur a rencontré une erreur. Réessayez dans un instant.',
    request: 'Le serveur a refusé la demande.',
  },
  centres: { antennes: 'Antennes' },
  auth: {
    title: 'Connexion à Maillage',
    subtitle: 'Pilotage du GIP « Ma santé, Ma Région »',
    email: 'Adresse électronique',
    password: 'Mot de passe',
    signIn: 'Se connecter',
    demoAccounts: 'Comptes de démonstration (mot de passe « maillage-demo ») :',
    failed: 'Connexion impossible',
  },
} as const;

/** Same keys as the French catalogue, any strings. */
export type Catalogue<T> = { readonly [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };
export type AppMessages = Catalogue<typeof appFr>;
