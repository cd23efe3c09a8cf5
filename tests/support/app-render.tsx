import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { memoryStore, TestMemoryRouter } from 'react-admin';
import { App } from '../../src/app/App';

/**
 * Renders the real app at a route (`/members`, `/centres/3/show`…) with a fresh store and a
 * react-query client that does not retry, so that each test starts from nothing and fails fast.
 */
export function renderApp(path = '/') {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <TestMemoryRouter initialEntries={[path]}>
      <App store={memoryStore()} queryClient={queryClient} />
    </TestMemoryRouter>,
  );
}

/** The table row whose first cell is exactly `name` (a name may also appear in other rows' references). */
export function rowNamed(name: string): HTMLElement {
  const row = Array.from(document.querySelectorAll<HTMLElement>('tbody tr')).find((r) => r.querySelector('td')?.textContent === name);
  if (!row) throw new Error(`Aucune ligne « ${name} »`);
  return row;
}
