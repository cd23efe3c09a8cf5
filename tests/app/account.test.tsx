import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { TEST_ADMIN, TEST_PASSWORD } from '../support/accounts';
import { renderApp } from '../support/app-render';
import { useAppServer } from '../support/app-server';

const server = useAppServer();

it('is reachable from the user menu, named after the user', async () => {
  const user = userEvent.setup();
  renderApp('/members');
  await user.click(await screen.findByRole('button', { name: 'admin — mon compte' }));
  await user.click(await screen.findByRole('menuitem', { name: 'Mon compte' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Mon compte' })).toBeInTheDocument();
  expect(await screen.findByText(TEST_ADMIN)).toBeInTheDocument();
  expect(screen.getByText('Administrateur')).toBeInTheDocument();
});

it('shows a wrong current password on its field, then changes the password', async () => {
  const user = userEvent.setup();
  renderApp('/mon-compte');
  await user.type(await screen.findByLabelText(/^Mot de passe actuel/), 'pas le bon mot de passe');
  await user.type(screen.getByLabelText(/^Nouveau mot de passe/), 'une phrase de passe toute neuve');
  await user.type(screen.getByLabelText(/^Confirmer/), 'une phrase de passe toute neuve');
  await user.click(screen.getByRole('button', { name: 'Changer le mot de passe' }));
  await waitFor(() =>
    expect(screen.getByLabelText(/^Mot de passe actuel/)).toHaveAccessibleDescription('Mot de passe actuel incorrect'),
  );
  const posts = server.requests.filter((r) => r.url.pathname === '/api/auth/password');
  expect(posts).toHaveLength(1);

  await user.clear(screen.getByLabelText(/^Mot de passe actuel/));
  await user.type(screen.getByLabelText(/^Mot de passe actuel/), TEST_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Changer le mot de passe' }));
  expect(await screen.findByText(/Mot de passe modifié/)).toBeInTheDocument();
  const login = await server.api('POST', '/api/auth/login', { email: TEST_ADMIN, password: 'une phrase de passe toute neuve' });
  expect(login.status).toBe(200);
});

it('refuses a short new password before asking the server', async () => {
  const user = userEvent.setup();
  renderApp('/mon-compte');
  await user.type(await screen.findByLabelText(/^Mot de passe actuel/), 'quelque chose');
  const fresh = screen.getByLabelText(/^Nouveau mot de passe/);
  await user.type(fresh, 'court');
  await user.tab();
  expect(await screen.findByText('Au moins 12 caractères')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Changer le mot de passe' }));
  expect(server.requests.filter((r) => r.url.pathname === '/api/auth/password')).toHaveLength(0);
});
