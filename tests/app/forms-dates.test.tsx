import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { renderApp } from '../support/app-render';
import { useAppServer } from '../support/app-server';
import { seedRecruitment } from './recruitment-fixtures';

let ids: Record<string, number> = {};
const server = useAppServer({
  async prepare(s) {
    ids = await seedRecruitment(s);
  },
});

const puts = () => server.requests.filter((r) => r.method === 'PUT');

it('types dates jj/mm/aaaa: an impossible date is said next to the field and not saved, a real one is saved ISO', async () => {
  const user = userEvent.setup();
  renderApp(`/positions/${ids.gpLacaune}`);
  const date = await screen.findByLabelText(/^Ouvert le/);
  await waitFor(() => expect(date).toHaveValue('15/01/2024'));
  expect(date).toHaveAttribute('type', 'text');
  expect(date).toHaveAttribute('placeholder', 'jj/mm/aaaa');
  expect(date).toHaveAccessibleDescription(/Format jj\/mm\/aaaa/);

  await user.clear(date);
  await user.type(date, '31/02/2026');
  const message = 'Cette date n’existe pas : vérifiez le jour et le mois (jj/mm/aaaa)';
  expect(await screen.findByText(message)).toBeInTheDocument();
  expect(date).toHaveAttribute('aria-invalid', 'true');
  // The catalogue's French spacing: a non-breaking space before « : » (testing-library's text queries read it as a space).
  expect(date).toHaveAccessibleDescription(expect.stringContaining(message.replace(' :', '\u00a0:')));
  await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
  expect(puts()).toEqual([]);

  await user.clear(date);
  await user.type(date, '31/12/2026');
  await waitFor(() => expect(screen.queryByText(message)).toBeNull());
  await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
  await waitFor(() => expect(puts()).toHaveLength(1));
  await waitFor(async () => expect((await server.api('GET', `/api/positions/${ids.gpLacaune}`)).body.openedOn).toBe('2026-12-31'));
});

it('says when a typed text is not a date once the user leaves the field', async () => {
  const user = userEvent.setup();
  renderApp(`/candidates/${ids.roux}`);
  const date = await screen.findByLabelText(/^Conservation jusqu’au/);
  await waitFor(() => expect(date).toHaveValue('30/06/2027'));
  await user.clear(date);
  await user.type(date, '12/2027');
  expect(screen.queryByText(/Date non reconnue/)).toBeNull();
  await user.tab();
  expect(await screen.findByText('Date non reconnue : saisissez jj/mm/aaaa, par exemple 31/12/2026')).toBeInTheDocument();
});

it('filters a list on a date range typed jj/mm/aaaa, sending ISO bounds only once the date is complete', async () => {
  const user = userEvent.setup();
  renderApp(`/applications?filter=${encodeURIComponent(JSON.stringify({ stageOn_gte: '2024-03-01' }))}`);
  expect(await screen.findByText('Marc Faure')).toBeInTheDocument();
  expect(await screen.findByText('Hugo Bernard')).toBeInTheDocument();
  const from = screen.getByLabelText(/^Étape atteinte à partir du/);
  expect(from).toHaveValue('01/03/2024');
  server.requests.length = 0;
  await user.clear(from);
  await user.type(from, '02/04/202');
  expect(screen.getByText('Marc Faure')).toBeInTheDocument();
  await user.type(from, '4');
  await waitFor(() => expect(screen.queryByText('Hugo Bernard')).toBeNull(), { timeout: 5000 });
  expect(screen.getByText('Marc Faure')).toBeInTheDocument();
  const filters = server.requests
    .filter((r) => r.url.pathname === '/api/applications' && r.url.searchParams.has('range'))
    .map((r) => JSON.parse(r.url.searchParams.get('filter')!));
  expect(filters.every((f) => f.stageOn_gte === undefined || /^\d{4}-\d{2}-\d{2}$/.test(f.stageOn_gte))).toBe(true);
  expect(filters.at(-1)).toEqual({ stageOn_gte: '2024-04-02' });
});

it('titles each create page in French and each edit page with the record', async () => {
  const hire = renderApp('/hires/create');
  expect(await screen.findByRole('heading', { level: 1, name: 'Nouveau recrutement' })).toBeInTheDocument();
  hire.unmount();
  const app = renderApp('/applications/create');
  expect(await screen.findByRole('heading', { level: 1, name: 'Nouvelle candidature' })).toBeInTheDocument();
  app.unmount();
  renderApp(`/positions/${ids.gpLacaune}`);
  expect(await screen.findByRole('heading', { level: 1, name: /^Modifier le poste «\u00a0Médecin généraliste — Lacaune/ })).toBeInTheDocument();
  expect(within(document.body).queryByText(/Créer/)).toBeNull();
});

it('titles an application’s page « Candidature n° … » once, not « Candidature Candidature n° … »', async () => {
  renderApp(`/applications/${ids.martinScv}/show`);
  expect(await screen.findByRole('heading', { level: 1, name: `Candidature n° ${ids.martinScv}` })).toBeInTheDocument();
});
