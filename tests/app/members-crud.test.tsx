import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { renderApp, rowNamed } from '../support/app-render';
import { useAppServer } from '../support/app-server';

const ids: Record<string, number> = {};

const server = useAppServer({
  async prepare({ api }) {
    const add = async (key: string, body: object) => {
      const res = await api('POST', '/api/members', { joinedOn: '2022-06-17', status: 'actif', ...body });
      if (res.status !== 201) throw new Error(JSON.stringify(res.body));
      ids[key] = res.body.id;
    };
    await add('ariege', { name: 'CC de la Haute Ariège', college: 3, kind: 'epci', siren: '200066363', departmentCode: '09', contribution: 12000 });
    await add('region', { name: 'Région Occitanie', college: 1, kind: 'region', contribution: 500000 });
    await add('fac', { name: 'Faculté de médecine de Toulouse', college: 4, kind: 'etablissement', joinedOn: '2023-01-20', status: 'candidat' });
    await add('gard', { name: 'Département du Gard', college: 2, kind: 'departement', departmentCode: '30', contribution: 25000 });
  },
});

afterEach(() => vi.restoreAllMocks());

const posts = () => server.requests.filter((r) => r.method === 'POST' && r.url.pathname === '/api/members');

async function choose(user: ReturnType<typeof userEvent.setup>, label: RegExp, option: string) {
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

it('refuses an invalid SIREN as it is typed, before any request, with the server’s message', async () => {
  const user = userEvent.setup();
  renderApp('/members/create');
  await user.type(await screen.findByLabelText(/^Nom/), 'Commune de Fourques');
  await choose(user, /^Type/, 'Commune');
  const siren = screen.getByLabelText('SIREN');
  await user.type(siren, '12345');
  await user.tab();
  expect(await screen.findByText('Le SIREN compte 9 chiffres')).toBeInTheDocument();
  await user.clear(siren);
  await user.type(siren, '123456789');
  await user.tab();
  expect(await screen.findByText('Clé de contrôle du SIREN invalide')).toBeInTheDocument();
  expect(siren).toHaveAttribute('aria-invalid', 'true');
  // The college followed the kind: commune → college 3.
  expect(screen.getByRole('combobox', { name: /^Collège/ })).toHaveTextContent('Collège 3');
  await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
  expect(await screen.findByText('Obligatoire pour une collectivité')).toBeInTheDocument();
  expect(screen.getByText('Clé de contrôle du SIREN invalide')).toBeInTheDocument();
  expect(posts()).toHaveLength(0);
});

it('shows the server’s refusal of a duplicate SIREN next to the SIREN field', async () => {
  const user = userEvent.setup();
  renderApp('/members/create');
  await user.type(await screen.findByLabelText(/^Nom/), 'Doublon de la Haute Ariège');
  await choose(user, /^Type/, 'Intercommunalité (EPCI)');
  await choose(user, /^Département/, 'Ariège (09)');
  await user.type(screen.getByLabelText('SIREN'), '200066363');
  await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
  const message = await screen.findByText('Ce SIREN est déjà celui d’un autre membre');
  expect(posts()).toHaveLength(1);
  // The message is the SIREN input's own helper text.
  expect(screen.getByLabelText('SIREN')).toHaveAccessibleDescription(expect.stringContaining('Ce SIREN est déjà celui d’un autre membre'));
  expect(message).toBeVisible();
});

it('creates a member and opens its page', async () => {
  const user = userEvent.setup();
  renderApp('/members/create');
  await user.type(await screen.findByLabelText(/^Nom/), 'Commune de Fourques');
  await choose(user, /^Type/, 'Commune');
  await choose(user, /^Département/, 'Gard (30)');
  await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Commune de Fourques' })).toBeInTheDocument();
  const { body } = await server.api('GET', `/api/members?filter=${encodeURIComponent(JSON.stringify({ q: 'Fourques' }))}`);
  expect(body).toMatchObject([{ name: 'Commune de Fourques', college: 3, kind: 'commune', departmentCode: '30', status: 'candidat' }]);
});

it('keeps what was typed when somebody else saved the record meanwhile (409), then saves over the latest version', async () => {
  const user = userEvent.setup();
  renderApp(`/members/${ids.gard}`);
  const name = await screen.findByLabelText(/^Nom/);
  await waitFor(() => expect(name).toHaveValue('Département du Gard'));
  await user.clear(name);
  await user.type(name, 'Conseil départemental du Gard');

  // Somebody else changes the contribution after the form opened.
  const current = await server.api('GET', `/api/members/${ids.gard}`);
  const other = await server.api('PUT', `/api/members/${ids.gard}`, { ...current.body, contribution: 30000 });
  expect(other.status).toBe(200);

  await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
  const alert = (await screen.findByText('Cet enregistrement a été modifié par quelqu’un d’autre', { selector: '.MuiAlertTitle-root' })).closest<HTMLElement>('[role=alert]')!;
  expect(within(alert).getByText(/Vos saisies n’ont pas été enregistrées/)).toBeInTheDocument();
  expect(within(alert).getByRole('link', { name: 'Ouvrir la dernière version dans un nouvel onglet' })).toHaveAttribute('target', '_blank');
  expect(screen.getByLabelText(/^Nom/)).toHaveValue('Conseil départemental du Gard');
  expect((await server.api('GET', `/api/members/${ids.gard}`)).body.name).toBe('Département du Gard');

  await user.click(within(alert).getByRole('button', { name: 'Recharger la dernière version en gardant mes saisies' }));
  expect(await screen.findByText(/Modifié entre-temps : Contribution annuelle/)).toBeInTheDocument();
  expect(screen.getByLabelText(/^Nom/)).toHaveValue('Conseil départemental du Gard');
  expect(screen.getByLabelText(/^Contribution/)).toHaveValue(30000);

  await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Conseil départemental du Gard' })).toBeInTheDocument();
  const saved = await server.api('GET', `/api/members/${ids.gard}`);
  expect(saved.body).toMatchObject({ name: 'Conseil départemental du Gard', contribution: 30000 });
});

it('asks for confirmation before deleting, and deletes only once confirmed', async () => {
  const user = userEvent.setup();
  renderApp(`/members/${ids.fac}`);
  await waitFor(() => expect(screen.getByLabelText(/^Nom/)).toHaveValue('Faculté de médecine de Toulouse'));
  await user.click(await screen.findByRole('button', { name: 'Supprimer' }));
  const dialog = await screen.findByRole('dialog');
  expect(server.requests.some((r) => r.method === 'DELETE')).toBe(false);
  await user.click(within(dialog).getByRole('button', { name: 'Annuler' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  expect((await server.api('GET', `/api/members/${ids.fac}`)).status).toBe(200);

  await user.click(screen.getByRole('button', { name: 'Supprimer' }));
  await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Confirmer' }));
  await waitFor(() => expect(server.requests.some((r) => r.method === 'DELETE')).toBe(true));
  await screen.findByText('Région Occitanie');
  expect((await server.api('GET', `/api/members/${ids.fac}`)).status).toBe(404);
});

it('filters by college and by full-text search', async () => {
  const user = userEvent.setup();
  renderApp('/members');
  await screen.findByText('Région Occitanie');
  await user.type(screen.getByRole('textbox', { name: 'Rechercher' }), 'ariege');
  await waitFor(() => expect(screen.queryByText('Région Occitanie')).toBeNull());
  expect(screen.getByText('CC de la Haute Ariège')).toBeInTheDocument();
  const last = server.requests.filter((r) => r.url.pathname === '/api/members').at(-1)!;
  expect(JSON.parse(last.url.searchParams.get('filter')!)).toEqual({ q: 'ariege' });
});

it('exports the list as CSV with French headers, French labels and JJ/MM/AAAA dates', async () => {
  let blob: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    blob = b as Blob;
    return 'blob:export';
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  const user = userEvent.setup();
  renderApp('/members');
  await screen.findByText('Région Occitanie');
  await user.click(screen.getByRole('button', { name: 'Exporter' }));
  await waitFor(() => expect(blob).toBeDefined());
  const text = await blob!.text();
  const [header, ...rows] = text.replace(/^\ufeff/, '').split('\r\n');
  expect(header).toBe(
    'N°;Nom;Collège;Type;SIREN;Département;Adhésion;Retrait;Statut;Contribution annuelle (€);Contact;Courriel du contact;Téléphone du contact',
  );
  const ariege = rows.find((r) => r.includes('Haute Ariège'))!;
  expect(ariege.split(';').slice(1)).toEqual([
    'CC de la Haute Ariège',
    'Collège 3 — Communes et intercommunalités',
    'Intercommunalité (EPCI)',
    '200066363',
    '09',
    '17/06/2022',
    '',
    'Membre actif',
    '12000',
    '',
    '',
    '',
  ]);
  expect(rowNamed('Région Occitanie')).toBeInTheDocument();
});
