import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { renderApp } from '../support/app-render';
import { useAppServer } from '../support/app-server';
import { seedRecruitment } from './recruitment-fixtures';

/** « Publier l’offre » on a position whose ad is incomplete: says what is missing, opens the form, sends nothing. */
let ids: Record<string, number> = {};
const server = useAppServer({
  async prepare(s) {
    ids = await seedRecruitment(s);
  },
});

it('lists the missing fields of the ad and opens the edit form instead of sending', async () => {
  const user = userEvent.setup();
  renderApp(`/positions/${ids.gpScv}/show`);
  await user.click(await screen.findByRole('button', { name: 'Publier l’offre' }));
  expect(
    await screen.findByText(
      'Offre incomplète, à compléter avant publication : Description du poste, Profil recherché, Contrat, Salaire minimal (brut annuel), Salaire maximal (brut annuel), Prise de poste prévue, Publiée le, Clôture des candidatures',
    ),
  ).toBeInTheDocument();
  // The edit form, with its « Offre d’emploi » section, each missing field flagged.
  expect(await screen.findByRole('heading', { name: 'Offre d’emploi' })).toBeInTheDocument();
  expect(screen.getByLabelText(/^Description du poste/)).toBeInTheDocument();
  expect(server.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  expect((await server.api('GET', `/api/positions/${ids.gpScv}`)).body.published).toBe(false);
});
