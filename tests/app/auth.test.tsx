import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { createAccount, TEST_PASSWORD } from '../support/accounts';
import { renderApp } from '../support/app-render';
import { useAppServer } from '../support/app-server';

let memberId = 0;
const server = useAppServer({
  async prepare({ api, database }) {
    const member = await api('POST', '/api/members', {
      name: 'CC de la Haute Ariège', college: 3, kind: 'epci', siren: '200066363', departmentCode: '09', joinedOn: '2022-06-17', status: 'actif',
    });
    memberId = member.body.id;
    await createAccount(database.db, 'membre@essai.test', 'member', memberId);
    await createAccount(database.db, 'rh@essai.test', 'hr');
  },
});

const menuLabels = () => screen.queryAllByRole('menuitem').map((item) => item.textContent);

it('asks to sign in, in French, refuses a wrong password and lets the right one in', async () => {
  await server.signOut();
  const user = userEvent.setup();
  renderApp('/members');
  expect(await screen.findByRole('heading', { level: 1, name: 'Connexion à Maillage' })).toBeInTheDocument();
  await user.type(screen.getByLabelText(/Adresse électronique/), 'rh@essai.test');
  await user.type(screen.getByLabelText(/Mot de passe/), 'pas le bon mot de passe');
  await user.click(screen.getByRole('button', { name: 'Se connecter' }));
  expect(await screen.findByText('Adresse électronique ou mot de passe incorrect')).toBeInTheDocument();

  await user.clear(screen.getByLabelText(/Mot de passe/));
  await user.type(screen.getByLabelText(/Mot de passe/), TEST_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Se connecter' }));
  await waitFor(() => expect(menuLabels()).toContain('Candidat·es'));
});

it('shows a member account only the menus its role may use', async () => {
  await server.signIn('membre@essai.test');
  renderApp('/members');
  await waitFor(() => expect(menuLabels()).toContain('Centres de santé'));
  const labels = menuLabels();
  expect(labels).toEqual(expect.arrayContaining(['Membres', 'Centres de santé', 'Postes', 'Salarié·es', 'Activité', 'Objectifs']));
  for (const hidden of ['Candidat·es', 'Candidatures', 'Utilisateurs', 'Journal d’audit']) expect(labels).not.toContain(hidden);
  expect(await screen.findByText('CC de la Haute Ariège')).toBeInTheDocument();
});

it('refuses a member the candidates before any request: « Non autorisé », nothing asked of /api/candidates', async () => {
  await server.signIn('membre@essai.test');
  const list = renderApp('/candidates');
  expect(await screen.findByText('Non autorisé')).toBeInTheDocument();
  list.unmount();
  renderApp('/candidates/1/show');
  expect(await screen.findByText('Non autorisé')).toBeInTheDocument();
  expect(server.requests.filter((r) => r.url.pathname.startsWith('/api/candidates'))).toEqual([]);
});
