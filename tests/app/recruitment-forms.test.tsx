import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { renderApp } from '../support/app-render';
import { useAppServer } from '../support/app-server';
import { rpps, seedRecruitment } from './recruitment-fixtures';

let ids: Record<string, number> = {};
const server = useAppServer({
  async prepare(s) {
    ids = await seedRecruitment(s);
  },
});

afterEach(() => vi.restoreAllMocks());

it('exports the candidates as CSV with French headers and French values', async () => {
  let blob: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    blob = b as Blob;
    return 'blob:export';
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  const user = userEvent.setup();
  renderApp('/candidates');
  await screen.findByText('Roux');
  await user.click(screen.getByRole('button', { name: 'Exporter' }));
  await waitFor(() => expect(blob).toBeDefined());
  const [header, ...rows] = (await blob!.text()).replace(/^\ufeff/, '').split('\r\n');
  expect(header).toBe('N°;Nom;Prénom;Courriel;Téléphone;Profession;RPPS;Origine;Conservation jusqu’au;Notes;Créé le');
  const martin = rows.find((r) => r.includes('Martin'))!.split(';');
  expect(martin.slice(1, 10)).toEqual(['Martin', 'Léa', 'lea.martin@exemple.fr', '', 'Médecin généraliste', rpps('1000123456'), expect.any(String), '30/06/2027', '']);
});

it('keeps the typed title when somebody else saved the position meanwhile (409)', async () => {
  const user = userEvent.setup();
  renderApp(`/positions/${ids.nurseScv}`);
  const title = await screen.findByLabelText(/^Intitulé/);
  await waitFor(() => expect(title).toHaveValue('Infirmier·e — Sainte-Croix'));
  await user.clear(title);
  await user.type(title, 'Infirmier·e de pratique avancée');

  const current = await server.api('GET', `/api/positions/${ids.nurseScv}`);
  const other = await server.api('PUT', `/api/positions/${ids.nurseScv}`, { ...current.body, fte: 0.5 });
  expect(other.status).toBe(200);

  await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
  const alert = (await screen.findByText('Cet enregistrement a été modifié par quelqu’un d’autre', { selector: '.MuiAlertTitle-root' })).closest<HTMLElement>('[role=alert]')!;
  expect(within(alert).getByText(/Vos saisies n’ont pas été enregistrées/)).toBeInTheDocument();
  expect(screen.getByLabelText(/^Intitulé/)).toHaveValue('Infirmier·e de pratique avancée');
  expect((await server.api('GET', `/api/positions/${ids.nurseScv}`)).body).toMatchObject({ title: 'Infirmier·e — Sainte-Croix', fte: 0.5 });
});
