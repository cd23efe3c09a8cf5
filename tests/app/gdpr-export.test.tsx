import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { renderApp } from '../support/app-render';
import { useAppServer } from '../support/app-server';
import { seedRecruitment } from './recruitment-fixtures';

let ids: Record<string, number> = {};
const server = useAppServer({
  async prepare(s) {
    ids = await seedRecruitment(s);
  },
});

afterEach(() => vi.restoreAllMocks());

const blobs = () => {
  const made: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    made.push(b as Blob);
    return `blob:export-${made.length}`;
  });
  return made;
};

it('« Exporter ses données » downloads the candidate’s JSON file through the data provider', async () => {
  const made = blobs();
  let downloaded = '';
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloaded = this.download;
  });
  const user = userEvent.setup();
  renderApp(`/candidates/${ids.martin}/show`);
  await user.click(await screen.findByRole('button', { name: 'Exporter ses données — Léa Martin (droit d’accès)' }));
  await user.click(await screen.findByRole('menuitem', { name: 'Fichier JSON (téléchargement)' }));
  await waitFor(() => expect(made).toHaveLength(1));
  const data = JSON.parse(await made[0].text());
  expect(data.candidate).toMatchObject({ id: ids.martin, lastName: 'Martin', firstName: 'Léa' });
  expect(data.notice).toMatch(/droit d’accès/);
  expect(downloaded).toBe(`donnees-candidat-${ids.martin}.json`);
  expect(server.requests.map((r) => `${r.url.pathname}${r.url.search}`)).toContain(`/api/candidates/${ids.martin}/export?download=1`);
});

it('opens the printable French page in a new tab', async () => {
  const made = blobs();
  const tab = { location: { href: '' }, close: vi.fn() };
  const open = vi.spyOn(window, 'open').mockImplementation(() => tab as unknown as Window);
  const user = userEvent.setup();
  renderApp(`/candidates/${ids.martin}/show`);
  await user.click(await screen.findByRole('button', { name: /Exporter ses données — Léa Martin/ }));
  await user.click(await screen.findByRole('menuitem', { name: 'Page imprimable (nouvel onglet)' }));
  await waitFor(() => expect(tab.location.href).toBe('blob:export-1'));
  expect(open).toHaveBeenCalledTimes(1);
  expect(made[0].type).toMatch(/text\/html/);
  const page = await made[0].text();
  expect(page).toContain('Données personnelles de Léa Martin');
  expect(page).toContain('>Candidatures</h2>');
});

it('the audit screen names the exports « Export des données »', async () => {
  expect((await server.api('GET', `/api/candidates/${ids.martin}/export`)).status).toBe(200);
  renderApp(`/audit?filter=${encodeURIComponent(JSON.stringify({ action: 'export' }))}`);
  expect((await screen.findAllByText('Export des données')).length).toBeGreaterThan(0);
});
