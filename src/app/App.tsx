import type { QueryClient } from '@tanstack/react-query';
import { lazy, useState } from 'react';
import { Admin, Resource, type AuthProvider, type DataProvider, type I18nProvider, type Store } from 'react-admin';
import { resources } from '../domain/resources';
import { createAuthProvider } from './auth/authProvider';
import { LoginPage } from './auth/LoginPage';
import { createSessionStore } from './auth/session';
import { createDataProvider } from './dataProvider';
import { createI18nProvider } from './i18n';
import { Dashboard } from './dashboard/Dashboard';
import { Layout } from './layout/Layout';
import { resourceModules } from './resources';
import { CustomRoutes } from 'react-admin';
import { Route } from 'react-router-dom';
import { ApplicationBoard } from './resources/applications';
import { darkTheme, lightTheme } from './theme';

/** « Mon compte », not on the first page: loaded when opened (the layout's Suspense shows « Chargement »). */
const AccountPage = lazy(() => import('./account/AccountPage').then((m) => ({ default: m.AccountPage })));

export interface AppProps {
  dataProvider?: DataProvider;
  authProvider?: AuthProvider;
  i18nProvider?: I18nProvider;
  /** Tests pass a fresh `memoryStore()` and a QueryClient without retries. */
  store?: Store;
  queryClient?: QueryClient;
}

/** Maillage's admin app: menus, screens and buttons follow the signed-in user's role. */
export function App(props: AppProps) {
  const [session] = useState(createSessionStore);
  const [dataProvider] = useState(() => props.dataProvider ?? createDataProvider(session));
  const [authProvider] = useState(() => props.authProvider ?? createAuthProvider(session));
  const [i18nProvider] = useState(() => props.i18nProvider ?? createI18nProvider());
  return (
    <Admin
      dataProvider={dataProvider}
      authProvider={authProvider}
      loginPage={LoginPage}
      requireAuth
      i18nProvider={i18nProvider}
      store={props.store}
      queryClient={props.queryClient}
      theme={lightTheme}
      darkTheme={darkTheme}
      layout={Layout}
      dashboard={Dashboard}
      title="Maillage"
      disableTelemetry
    >
      {resources.map(({ name }) => (
        <Resource key={name} name={name} {...resourceModules[name]} />
      ))}
      <CustomRoutes>
        <Route path="/applications/board" element={<ApplicationBoard />} />
        <Route path="/mon-compte" element={<AccountPage />} />
      </CustomRoutes>
    </Admin>
  );
}
