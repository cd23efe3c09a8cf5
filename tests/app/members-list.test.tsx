import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { renderApp } from '../support/app-render';
import { useAppServer } from '../support/app-server';

/** 30 members: names in one order, contributions in the opposite one, so that a sort shows. */
const MEMBERS = Array.from({ length: 30 }, (_, i) => ({
  name: `Communauté de communes n° ${String(i + 1).padStart(2, '0')}`,
  college: 3,
  kind: 'epci',
  departmentCode: '09',
  joinedOn: '2022-06-17',
  status: 'actif',
  contribution: (30 - i) * 1000 + 500,
}));

const server = useAppServer({
  async prepare({ api }) {
    for (const member of MEMBERS) {
      const res = await api('POST', '/api/members', member);
      if (res.status !== 201) throw new Error(`insert failed: ${JSON.stringify(res.body)}`);
    }
  },
});

/** The names in the list's body rows, top to bottom. */
function shownNames() {
  const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
  return rows.map((row) => within(row).getAllByRole('cell')[0].textContent);
}

it('shows the members from the database under French column headers', async () => {
  renderApp('/members');
  expect(await screen.findByText('Communauté de communes n° 01')).toBeInTheDocument();
  const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
  expect(headers).toEqual(['Nom', 'Collège', 'Type', 'Département', 'SIREN', 'Adhésion', 'Statut', 'Contribution annuelle (€)']);

  const first = within(screen.getByRole('table')).getAllByRole('row')[1];
  const cells = within(first).getAllByRole('cell').map((c) => c.textContent?.replace(/\s/g, ' '));
  expect(cells).toEqual([
    'Communauté de communes n° 01',
    'Collège 3 — Communes et intercommunalités',
    'Intercommunalité (EPCI)',
    '09',
    '',
    '17/06/2022',
    'Membre actif',
    '30 500 €',
  ]);
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Membres');
  expect(screen.getByText('Données de démonstration')).toBeInTheDocument();
});

it('pages through the list: « 1-25 sur 30 », then « 26-30 sur 30 »', async () => {
  renderApp('/members');
  expect(await screen.findByText('1-25 sur 30')).toBeInTheDocument();
  expect(shownNames()).toHaveLength(25);
  await userEvent.click(screen.getByRole('button', { name: 'Aller à la page 2' }));
  expect(await screen.findByText('26-30 sur 30')).toBeInTheDocument();
  await waitFor(() => expect(shownNames()).toEqual(MEMBERS.slice(25).map((m) => m.name)));
});

it('sorts by a column when its header is clicked, through the API', async () => {
  renderApp('/members');
  await screen.findByText('1-25 sur 30');
  expect(shownNames()[0]).toBe('Communauté de communes n° 01');

  await userEvent.click(screen.getByRole('button', { name: 'Trier par contribution annuelle (€) croissant' }));
  await waitFor(() => expect(shownNames()[0]).toBe('Communauté de communes n° 30'));
  expect(shownNames().slice(0, 3)).toEqual(['n° 30', 'n° 29', 'n° 28'].map((n) => `Communauté de communes ${n}`));
  const lists = server.requests.filter((r) => r.url.pathname === '/api/members');
  expect(lists.at(-1)?.url.searchParams.get('sort')).toBe('["contribution","ASC"]');

  await userEvent.click(screen.getByRole('button', { name: 'Trier par contribution annuelle (€) décroissant' }));
  await waitFor(() => expect(shownNames()[0]).toBe('Communauté de communes n° 01'));
});
