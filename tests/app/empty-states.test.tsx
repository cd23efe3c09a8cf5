import { screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { createAccount, TEST_ADMIN } from '../support/accounts';
import { renderApp } from '../support/app-render';
import { useAppServer } from '../support/app-server';

// An empty database but for one member: hires, targets… have no rows yet.
const server = useAppServer({
  async prepare({ api, database }) {
    const member = await api('POST', '/api/members', {
      name: 'CC Couserans-Pyrénées', college: 3, kind: 'epci', departmentCode: '09', joinedOn: '2022-06-17', status: 'actif',
    });
    if (member.status !== 201) throw new Error(JSON.stringify(member.body));
    await createAccount(database.db, 'region@essai.test', 'region');
  },
});

afterEach(async () => {
  vi.restoreAllMocks();
  await server.signIn(TEST_ADMIN);
});

it('says in French that a list is empty, and offers « Nouveau … » to a role that may create', async () => {
  renderApp('/hires');
  expect(await screen.findByText('Aucun recrutement pour l’instant.')).toBeInTheDocument();
  expect(await screen.findByRole('link', { name: 'Nouveau recrutement' })).toHaveAttribute('href', '/hires/create');
});

it('offers no create button to a role that may only read (région on hires)', async () => {
  await server.signIn('region@essai.test');
  const targets = renderApp('/targets');
  // The same role may create targets: the button shows once its rights are known…
  expect(await screen.findByText('Aucun objectif pour l’instant.')).toBeInTheDocument();
  expect(await screen.findByRole('link', { name: 'Nouvel objectif' })).toBeInTheDocument();
  targets.unmount();
  // …and not on hires, which it may only read.
  renderApp('/hires');
  expect(await screen.findByText('Aucun recrutement pour l’instant.')).toBeInTheDocument();
  expect(screen.queryByRole('link', { name: 'Nouveau recrutement' })).toBeNull();
  expect(screen.queryByRole('link', { name: /Créer/ })).toBeNull();
});

it('says that a filter matches nothing, and offers to clear it', async () => {
  renderApp(`/members?filter=${encodeURIComponent(JSON.stringify({ q: 'introuvable' }))}`);
  expect(await screen.findByText('Aucun résultat trouvé avec les filtres actuels.')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Effacer les filtres' })).toBeInTheDocument();
  expect(screen.queryByText('Aucun membre pour l’instant.')).toBeNull();
});

it('says in French when the server does not answer', async () => {
  const realFetch = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.includes('/api/members')) return Promise.reject(new TypeError('Failed to fetch'));
    return realFetch(input, init);
  });
  renderApp('/members');
  expect(await screen.findByText('Le serveur ne répond pas : vérifiez la connexion, puis réessayez.')).toBeInTheDocument();
  expect(screen.queryByText(/Failed to fetch/)).toBeNull();
});
