import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memoryStore, TestMemoryRouter } from 'react-admin';
import { expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { renderApp } from '../support/app-render';
import { useAppServer } from '../support/app-server';

useAppServer({
  async prepare({ api }) {
    await api('POST', '/api/members', { name: 'Faculté de médecine de Toulouse', college: 4, kind: 'etablissement', joinedOn: '2022-06-17', status: 'actif' });
  },
});

it('speaks French by default and switches to English on demand', async () => {
  renderApp('/members');
  const row = (await screen.findByText('Faculté de médecine de Toulouse')).closest('tr')!;
  expect(within(row).getByText('Collège 4 — Structures partenaires')).toBeInTheDocument();
  expect(document.documentElement.lang).toBe('fr');

  await userEvent.click(screen.getByRole('button', { name: 'Français' }));
  await userEvent.click(await screen.findByRole('menuitem', { name: 'English' }));
  expect(await screen.findByRole('columnheader', { name: 'Annual contribution (€)' })).toBeInTheDocument();
  const rowEn = screen.getByText('Faculté de médecine de Toulouse').closest('tr')!;
  expect(within(rowEn).getByText('College 4 — Partner organisations')).toBeInTheDocument();
  expect(screen.getByText('Demonstration data')).toBeInTheDocument();
  expect(document.documentElement.lang).toBe('en');
});

it('remembers the language chosen in the store', async () => {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <TestMemoryRouter initialEntries={['/members']}>
      <App store={memoryStore({ locale: 'en' })} queryClient={queryClient} />
    </TestMemoryRouter>,
  );
  expect(await screen.findByRole('columnheader', { name: 'College' })).toBeInTheDocument();
  expect(await screen.findByText('Institution')).toBeInTheDocument();
});
