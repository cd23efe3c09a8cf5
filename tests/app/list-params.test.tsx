import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { renderApp } from '../support/app-render';
import { useAppServer } from '../support/app-server';
import { seedRecruitment } from './recruitment-fixtures';

/**
 * A filter or a sort in the address that the API refuses (issue 13, point 16): the list drops it and
 * says so in French, shows its rows with the right count, and the refused filter does not come back
 * from react-admin's store on the next visit. The 404 page speaks proper French.
 */
const server = useAppServer({
  async prepare(s) {
    await seedRecruitment(s);
  },
});

const filterOf = (url: URL) => JSON.parse(url.searchParams.get('filter') ?? '{}');
const candidateLists = () => server.requests.filter((r) => r.method === 'GET' && r.url.pathname === '/api/candidates' && r.url.searchParams.has('range'));

it('drops an unknown filter of the address, says so in French, and lists every candidate', async () => {
  const user = userEvent.setup();
  renderApp(`/candidates?filter=${encodeURIComponent(JSON.stringify({ nope: 1 }))}`);
  expect(await screen.findByText('Ce filtre n’est pas reconnu : il a été retiré.')).toBeInTheDocument();
  expect(await screen.findByText('lea.martin@exemple.fr')).toBeInTheDocument();
  expect(screen.getByText('1-4 sur 4')).toBeInTheDocument();
  expect(screen.queryByText(/Aucun résultat/)).toBeNull();
  // The raw field and the server's wording for developers are not shown.
  expect(document.body.textContent).not.toMatch(/nope|Filtre impossible/);
  await waitFor(() => expect(filterOf(candidateLists().at(-1)!.url)).toEqual({}));

  // Away and back through the menu: react-admin's stored list parameters no longer hold the filter.
  await user.click(screen.getByRole('menuitem', { name: 'Postes' }));
  await screen.findByText('Médecin généraliste — Lacaune');
  server.requests.length = 0;
  await user.click(screen.getByRole('menuitem', { name: 'Candidat·es' }));
  expect(await screen.findByText('lea.martin@exemple.fr')).toBeInTheDocument();
  expect(candidateLists().map((r) => filterOf(r.url))).toEqual([{}]);
  // No second warning: nothing was refused this time.
  expect(screen.queryAllByText('Ce filtre n’est pas reconnu : il a été retiré.').length).toBeLessThanOrEqual(1);
});

it('drops a filter whose value has the wrong type', async () => {
  renderApp(`/candidates?filter=${encodeURIComponent(JSON.stringify({ profession: 5 }))}`);
  expect(await screen.findByText('Ce filtre n’est pas reconnu : il a été retiré.')).toBeInTheDocument();
  expect(await screen.findByText('1-4 sur 4')).toBeInTheDocument();
  expect(document.body.textContent).not.toMatch(/valeur « 5 » inconnue/);
});

it('goes back to the usual order when the address sorts on a field the API cannot sort', async () => {
  renderApp('/candidates?sort=nope&order=ASC');
  expect(await screen.findByText('Ce tri n’est pas possible : la liste reprend son ordre habituel.')).toBeInTheDocument();
  expect(await screen.findByText('1-4 sur 4')).toBeInTheDocument();
  await waitFor(() => expect(JSON.parse(candidateLists().at(-1)!.url.searchParams.get('sort')!)).toEqual(['lastName', 'ASC']));
  expect(document.body.textContent).not.toMatch(/Tri impossible sur le champ/);
});

it('says in proper French that a page does not exist', async () => {
  renderApp('/nulle-part');
  expect(await screen.findByRole('heading', { name: 'Page introuvable' })).toBeInTheDocument();
  const text = document.body.textContent ?? '';
  expect(text).toContain('Cette adresse ne correspond à aucune page de Maillage');
  expect(text).not.toMatch(/\.\.|mauvais lien|Page manquante/);
});
