import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { renderApp, rowNamed } from '../support/app-render';
import { useAppServer } from '../support/app-server';

const ids: Record<string, number> = {};

useAppServer({
  async prepare({ api }) {
    const member = async (key: string, body: object) => {
      const res = await api('POST', '/api/members', { joinedOn: '2022-06-17', status: 'actif', ...body });
      if (res.status !== 201) throw new Error(JSON.stringify(res.body));
      ids[key] = res.body.id;
    };
    await member('couserans', { name: 'CC Couserans-Pyrénées', college: 3, kind: 'epci', departmentCode: '09', siren: '200067940' });
    await member('region', { name: 'Région Occitanie', college: 1, kind: 'region' });
    await member('lacaune', { name: 'CC des Monts de Lacaune', college: 3, kind: 'epci', departmentCode: '81' });
    const centre = async (key: string, body: object) => {
      const res = await api('POST', '/api/centres', body);
      if (res.status !== 201) throw new Error(JSON.stringify(res.body));
      ids[key] = res.body.id;
    };
    await centre('scv', {
      name: 'Centre de santé de Sainte-Croix-Volvestre',
      communeCode: '09257',
      status: 'ouvert',
      openedOn: '2022-07-01',
      memberIds: [ids.couserans, ids.region],
      services: ['programmes', 'visites'],
      openingBudget: 100000,
    });
    await centre('cabannes', {
      name: 'Antenne des Cabannes',
      communeCode: '09070',
      status: 'ouvert',
      openedOn: '2023-07-01',
      memberIds: [ids.region],
      parentCentreId: ids.scv,
    });
    await centre('lacaune', { name: 'Centre de santé de Lacaune', communeCode: '81124', status: 'travaux', memberIds: [ids.lacaune] });
  },
});

it('lists centres with their backing members, and sorts only what the API can sort', async () => {
  renderApp('/centres');
  await screen.findByText('Centre de santé de Lacaune');
  const row = rowNamed('Centre de santé de Sainte-Croix-Volvestre');
  expect(await within(row).findByText('CC Couserans-Pyrénées')).toBeInTheDocument();
  expect(within(row).getByText('Région Occitanie')).toBeInTheDocument();
  expect(within(row).getByText('100 000 €', { normalizer: (t) => t.replace(/\s/g, ' ') })).toBeInTheDocument();
  expect(within(row).getByText('01/07/2022')).toBeInTheDocument();
  expect(within(row).getByText('Ouvert')).toBeInTheDocument();

  expect(screen.getByRole('columnheader', { name: 'Membres porteurs' })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /Trier par membres porteurs/ })).toBeNull();
  expect(screen.getByRole('button', { name: 'Trier par nom décroissant' })).toBeInTheDocument();
});

it('shows a centre with its backing members and its antennes', async () => {
  renderApp(`/centres/${ids.scv}/show`);
  expect(await screen.findByRole('heading', { level: 1, name: /Sainte-Croix-Volvestre/ })).toBeInTheDocument();
  const members = (await screen.findByText('CC Couserans-Pyrénées')).closest('table')!;
  expect(within(members).getByText('Région Occitanie')).toBeInTheDocument();
  expect(within(members).queryByText('CC des Monts de Lacaune')).toBeNull();
  expect(within(members).getByText('Collège 1 — Région Occitanie')).toBeInTheDocument();
  expect(await screen.findByText('Antenne des Cabannes')).toBeInTheDocument();
  expect(screen.getByText('Soins programmés')).toBeInTheDocument();
  expect(screen.getByText('Visites à domicile')).toBeInTheDocument();
});

it('shows a member with the centres it backs, and goes from one to the other', async () => {
  renderApp(`/members/${ids.region}/show`);
  expect(await screen.findByText('Centres soutenus')).toBeInTheDocument();
  expect(await screen.findByText('Antenne des Cabannes')).toBeInTheDocument();
  expect(screen.getByText('Centre de santé de Sainte-Croix-Volvestre')).toBeInTheDocument();
  expect(screen.queryByText('Centre de santé de Lacaune')).toBeNull();

  await userEvent.click(screen.getByText('Antenne des Cabannes'));
  expect(await screen.findByRole('heading', { level: 1, name: /Antenne des Cabannes/ })).toBeInTheDocument();
});
