import type { Page } from 'playwright-core';

/**
 * Every main page of the product, by the demonstration account that opens it: each list, the show,
 * edit and create pages of every resource that has them (members and centres as the Région, the
 * others as the admin), the recruitment board, each role's dashboard and « Mon compte ». The
 * accessibility scan and the responsive test both go through this list; the sign-in page is apart.
 */
export interface MainPage {
  /** Also the screenshot's file name (after a prefix). */
  name: string;
  path: string;
  /** What to wait for before looking (the page's content, not only the layout). */
  ready: (page: Page) => Promise<unknown>;
  /** The page's main action, a button or link by its accessible name (« Créer », « Enregistrer »…). */
  action?: string;
}

/** The list's rows: a table, or under md a simple list for the lists that have one (components/narrow.ts). */
const rows = (page: Page) => page.locator('#main-content table tbody tr:visible, #main-content .MuiList-root li:visible').first().waitFor();
const form = (page: Page) => page.locator('form').first().waitFor();
const fields = (page: Page) => page.locator('.ra-field').first().waitFor();
/** The dashboard's cards are there (its charts load afterwards, lazily). */
const dashboard = (page: Page) => page.locator('#main-content h2').first().waitFor();

/** The record screens of the resources the Région does not cover, opened by the admin (record n° 1). */
const RECORD_SCREENS: [resource: string, name: string, screens: ('show' | 'edit' | 'create')[]][] = [
  ['positions', 'postes', ['show', 'edit', 'create']],
  ['candidates', 'candidats', ['show', 'edit', 'create']],
  ['applications', 'candidatures', ['show', 'edit', 'create']],
  ['hires', 'salaries', ['show', 'edit', 'create']],
  ['activities', 'activite', ['edit', 'create']],
  ['targets', 'objectifs', ['edit', 'create']],
  ['users', 'utilisateurs', ['edit', 'create']],
  ['audit', 'audit', ['show']],
];
const SCREEN_NAMES = { show: 'fiche', edit: 'modification', create: 'creation' } as const;
const recordScreens: MainPage[] = RECORD_SCREENS.flatMap(([resource, name, screens]) =>
  screens.map((screen) => ({
    name: `${name}-${SCREEN_NAMES[screen]}`,
    path: screen === 'show' ? `/${resource}/1/show` : screen === 'edit' ? `/${resource}/1` : `/${resource}/create`,
    ready: screen === 'show' ? fields : form,
    // The journal is read-only: its record has no action.
    action: screen === 'show' ? (resource === 'audit' ? undefined : 'Éditer') : 'Enregistrer',
  })),
);

export const MAIN_PAGES: Record<string, MainPage[]> = {
  'region@maillage.demo': [
    { name: 'tableau-de-bord-region', path: '/', ready: dashboard, action: 'Modifier les objectifs' },
    { name: 'membres-liste', path: '/members', ready: rows, action: 'Créer' },
    { name: 'membres-fiche', path: '/members/1/show', ready: fields, action: 'Éditer' },
    { name: 'membres-modification', path: '/members/1', ready: form, action: 'Enregistrer' },
    { name: 'membres-creation', path: '/members/create', ready: form, action: 'Enregistrer' },
    { name: 'centres-liste', path: '/centres', ready: rows, action: 'Créer' },
    { name: 'centres-fiche', path: '/centres/1/show', ready: fields, action: 'Éditer' },
    { name: 'centres-modification', path: '/centres/1', ready: form, action: 'Enregistrer' },
    { name: 'centres-creation', path: '/centres/create', ready: form, action: 'Enregistrer' },
    // The Région reads the positions (the HR opens them): no « Créer » here.
    { name: 'postes-liste', path: '/positions', ready: rows },
    { name: 'activite-liste', path: '/activities', ready: rows, action: 'Créer' },
    { name: 'objectifs-liste', path: '/targets', ready: rows, action: 'Créer' },
    { name: 'audit-liste', path: '/audit', ready: rows },
    { name: 'mon-compte', path: '/mon-compte', ready: form, action: 'Changer le mot de passe' },
  ],
  'rh@maillage.demo': [
    { name: 'tableau-de-bord-rh', path: '/', ready: dashboard },
    { name: 'candidats-liste', path: '/candidates', ready: rows, action: 'Créer' },
    { name: 'candidatures-liste', path: '/applications', ready: rows, action: 'Créer' },
    { name: 'candidatures-tableau', path: '/applications/board', ready: (p) => p.getByRole('button', { name: /^(Déplacer vers…|Move to…)$/ }).first().waitFor() },
    { name: 'salaries-liste', path: '/hires', ready: rows, action: 'Créer' },
    { name: 'candidats-documents', path: '/candidates/1/show/documents', ready: (p) => p.getByRole('heading', { name: /^(Déposer un document|Upload a document)$/ }).waitFor() },
    // The outbox's notice: the e2e product sends through a test SMTP server (global-setup.ts); a product
    // without SMTP_URL (MAILLAGE_E2E_URL on `npm start`) says why nothing would be sent; in French or English.
    { name: 'courriels-liste', path: '/emails', ready: (p) => p.getByText(/serveur SMTP configuré|configured SMTP server|no SMTP server configured/).first().waitFor() },
    { name: 'modeles-courriel-liste', path: '/email-templates', ready: rows },
    { name: 'modeles-courriel-modification', path: '/email-templates/1', ready: form, action: 'Enregistrer' },
  ],
  'admin@maillage.demo': [
    { name: 'tableau-de-bord-admin', path: '/', ready: dashboard, action: 'Modifier les objectifs' },
    { name: 'utilisateurs-liste', path: '/users', ready: rows, action: 'Créer' },
    ...recordScreens,
  ],
  'haute-ariege@maillage.demo': [{ name: 'tableau-de-bord-membre', path: '/', ready: dashboard }],
};
