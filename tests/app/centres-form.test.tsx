import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { renderApp } from '../support/app-render';
import { useAppServer } from '../support/app-server';

const ids: Record<string, number> = {};

const server = useAppServer({
  async prepare({ api }) {
    const member = await api('POST', '/api/members', {
      name: 'CC Couserans-Pyrénées', college: 3, kind: 'epci', siren: '200067940', departmentCode: '09', joinedOn: '2022-06-17', status: 'actif',
    });
    ids.member = member.body.id;
    const centre = await api('POST', '/api/centres', {
      name: 'Centre de santé de Sainte-Croix-Volvestre', communeCode: '09257', status: 'ouvert', openedOn: '2022-07-01', memberIds: [ids.member],
    });
    ids.centre = centre.body.id;
    for (let m = 1; m <= 14; m++) {
      const res = await api('POST', '/api/activities', {
        centreId: ids.centre, month: `2023-${String(((m - 1) % 12) + 1).padStart(2, '0')}`.replace('2023', m > 12 ? '2024' : '2023'),
        scheduled: 100 * m, unscheduled: 10, homeVisits: 5, outOfHoursShifts: 2, newReferringPatients: 3,
      });
      if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    }
  },
});

it('shows the commune by its name in the list and on the centre’s page', async () => {
  renderApp('/centres');
  expect(await screen.findByText('Sainte-Croix-Volvestre (09257)')).toBeInTheDocument();
  renderApp(`/centres/${ids.centre}/show`);
  expect(await screen.findAllByText('Sainte-Croix-Volvestre (09257)')).not.toHaveLength(0);
});

it('pages through a centre’s monthly activity, newest first', async () => {
  const user = userEvent.setup();
  renderApp(`/centres/${ids.centre}/show`);
  await user.click(await screen.findByRole('tab', { name: 'Activité mensuelle' }));
  expect(await screen.findByText('1-12 sur 14')).toBeInTheDocument();
  expect(screen.getByText('février 2024')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Aller à la page 2' }));
  expect(await screen.findByText('13-14 sur 14')).toBeInTheDocument();
  expect(screen.getByText('janvier 2023')).toBeInTheDocument();
});

it('creates a centre: commune by name, backing member, services; FINESS refused as typed', async () => {
  const user = userEvent.setup();
  renderApp('/centres/create');
  await user.type(await screen.findByLabelText(/^Nom/), 'Centre de santé de Lacaune');
  const commune = screen.getByRole('combobox', { name: /^Commune/ });
  await user.type(commune, 'lacaune');
  await user.click(await screen.findByRole('option', { name: 'Lacaune (81124)' }));
  expect(commune).toHaveValue('Lacaune (81124)');

  await user.type(screen.getByLabelText('FINESS'), '810000001');
  await user.tab();
  expect(await screen.findByText('Clé de contrôle du numéro FINESS invalide')).toBeInTheDocument();
  await user.clear(screen.getByLabelText('FINESS'));

  await user.type(screen.getByRole('combobox', { name: /^Membres porteurs/ }), 'Couserans');
  await user.click(await screen.findByRole('option', { name: 'CC Couserans-Pyrénées' }));
  await user.click(screen.getByRole('checkbox', { name: 'Soins programmés' }));
  await user.click(screen.getByRole('checkbox', { name: 'Visites à domicile' }));
  await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

  expect(await screen.findByRole('heading', { level: 1, name: 'Centre de santé de Lacaune' })).toBeInTheDocument();
  const { body } = await server.api('GET', `/api/centres?filter=${encodeURIComponent(JSON.stringify({ q: 'Lacaune' }))}`);
  expect(body).toMatchObject([{ communeCode: '81124', departmentCode: '81', status: 'projet', memberIds: [ids.member], services: ['programmes', 'visites'] }]);
  const posts = server.requests.filter((r) => r.method === 'POST' && r.url.pathname === '/api/centres');
  expect(posts).toHaveLength(1);
});

it('refuses an opening date on a centre back to « Projet », on that field, before any request', async () => {
  const user = userEvent.setup();
  renderApp(`/centres/${ids.centre}`);
  const opened = await screen.findByLabelText(/^Ouverture$/);
  await waitFor(() => expect(opened).toHaveValue('01/07/2022'));
  await user.click(screen.getByRole('combobox', { name: /^Statut/ }));
  await user.click(await screen.findByRole('option', { name: 'Projet' }));
  await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
  expect(await screen.findByText('Un centre en projet ou en travaux n’a pas de date d’ouverture')).toBeInTheDocument();
  expect(opened).toHaveAccessibleDescription(/^Un centre en projet ou en travaux n’a pas de date d’ouverture/);
  expect(server.requests.some((r) => r.method === 'PUT')).toBe(false);
  expect(within(document.body).getByRole('combobox', { name: /^Commune/ })).toHaveValue('Sainte-Croix-Volvestre (09257)');
});
