import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { renderApp } from '../support/app-render';
import { useAppServer } from '../support/app-server';
import { seedRecruitment } from './recruitment-fixtures';

let ids: Record<string, number> = {};
const server = useAppServer({
  async prepare(s) {
    ids = await seedRecruitment(s);
  },
});

// A 768 px wide tablet (happy-dom answers matchMedia from its viewport); other files keep 1024 px.
const happyDOM = (window as unknown as { happyDOM: { setViewport(v: { width: number; height: number }): void } }).happyDOM;
beforeAll(() => happyDOM.setViewport({ width: 768, height: 1024 }));
afterAll(() => happyDOM.setViewport({ width: 1024, height: 768 }));

it('shows applications on a 768 px screen as a list of links, not a table of seven columns', async () => {
  renderApp('/applications');
  const martin = await screen.findByRole('link', { name: /Léa Martin/ });
  expect(screen.queryByRole('table')).toBeNull();
  expect(martin).toHaveAttribute('href', `/applications/${ids.martinScv}/show`);
  expect(within(martin).getByText('Médecin généraliste — Sainte-Croix — 0,8 ETP — ouvert depuis le 15/01/2024')).toBeInTheDocument();
  expect(within(martin).getByText('Reçue')).toBeInTheDocument();
});

it('shows centres with their commune and status, and positions with their centre', async () => {
  const centres = renderApp('/centres');
  const scv = await screen.findByRole('link', { name: /Centre de santé de Sainte-Croix-Volvestre/ });
  expect(screen.queryByRole('table')).toBeNull();
  expect(await within(scv).findByText('Sainte-Croix-Volvestre (09257)')).toBeInTheDocument();
  expect(within(scv).getByText('Ouvert')).toBeInTheDocument();
  centres.unmount();

  renderApp('/positions');
  const lacaune = await screen.findByRole('link', { name: /Médecin généraliste — Lacaune/ });
  expect(screen.queryByRole('table')).toBeNull();
  expect(await within(lacaune).findByText('Centre de santé de Lacaune')).toBeInTheDocument();
  expect(lacaune).toHaveAttribute('href', `/positions/${ids.gpLacaune}/show`);
});

it('shows candidates by name, profession and e-mail', async () => {
  renderApp('/candidates');
  const roux = await screen.findByRole('link', { name: /Roux Inès/ });
  expect(screen.queryByRole('table')).toBeNull();
  expect(within(roux).getByText('Infirmier·e')).toBeInTheDocument();
  expect(within(roux).getByText('ines.roux@exemple.fr')).toBeInTheDocument();
});

it('offers « Trier par » instead of the column headers, with the sorts the API can do', async () => {
  const user = userEvent.setup();
  renderApp('/candidates');
  await screen.findByRole('link', { name: /Roux Inès/ });
  await user.click(screen.getByRole('button', { name: /^Trier par/ }));
  await user.click(await screen.findByRole('menuitem', { name: /Prénom/ }));
  // The tertiary text (the source) sits inside the primary line: leave it out.
  const primaries = () =>
    Array.from(document.querySelectorAll('a .MuiListItemText-primary')).map((p) => p.textContent?.replace(p.querySelector('.RaSimpleList-tertiary')?.textContent ?? '', ''));
  await waitFor(() => expect(primaries()).toEqual(['Bernard Hugo', 'Roux Inès', 'Martin Léa', 'Faure Marc']));
});

it('shows a month of activity as its centre, its month and its five figures with their labels', async () => {
  const activity = await server.api('POST', '/api/activities', {
    centreId: ids.scv, month: '2024-03', scheduled: 1234, unscheduled: 56, homeVisits: 7, outOfHoursShifts: 2, newReferringPatients: 31,
  });
  expect(activity.status).toBe(201);
  renderApp('/activities');
  const row = await screen.findByRole('link', { name: /mars 2024/ });
  expect(screen.queryByRole('table')).toBeNull();
  expect(row).toHaveAttribute('href', `/activities/${activity.body.id}`);
  expect(await within(row).findByText('Centre de santé de Sainte-Croix-Volvestre')).toBeInTheDocument();
  expect(
    within(row).getByText(
      // fr-FR groups thousands with a narrow no-break space, which testing-library reads as a space.
      'Consultations programmées : 1 234 · Consultations non programmées : 56 · Visites à domicile : 7 · Gardes de permanence : 2 · Patients ayant trouvé un médecin traitant : 31',
    ),
  ).toBeInTheDocument();
});
