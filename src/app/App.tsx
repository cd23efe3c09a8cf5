import type { QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Admin, Resource, type DataProvider, type I18nProvider, type Store } from 'react-admin';
import { resources } from '../domain/resources';
import { createDataProvider } from './dataProvider';
import { createI18nProvider } from './i18n';
import { Layout } from './layout/Layout';
import { resourceModules } from './resources';
import { darkTheme, lightTheme } from './theme';

export interface AppProps {
  dataProvider?: DataProvider;
  i18nProvider?: I18nProvider;
  /** Tests pass a fresh `memoryStore()` and a QueryClient without retries. */
  store?: Store;
  queryClient?: QueryClient;
}

/** Maillage's admin app. An authProvider will join the providers here when sign-in lands. */
export function App(props: AppProps) {
  const [dataProvider] = useState(() => props.dataProvider ?? createDataProvider());
  const [i18nProvider] = useState(() => props.i18nProvider ?? createI18nProvider());
  return (
    <Admin
      dataProvider={dataProvider}
      i18nProvider={i18nProvider}
      store={props.store}
      queryClient={props.queryClient}
      theme={lightTheme}
      darkTheme={darkTheme}
      layout={Layout}
      title="Maillage"
      disableTelemetry
    >
      {resources.map(({ name }) => (
        <Resource key={name} name={name} {...resourceModules[name]} />
      ))}
    </Admin>
  );
}
