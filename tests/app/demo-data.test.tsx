import { screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { demoFacts } from '../../src/server/seed/demo';
import { renderApp } from '../support/app-render';
import { useAppServer } from '../support/app-server';

/** The static demo's chain in one test file: migrations from the SQL files, seedDemo, msw, the app. */
const server = useAppServer({ seed: true, fromSqlFiles: true });

it('shows the demonstration data the static demo starts with', async () => {
  const { firstCentre } = demoFacts;
  const { body } = await server.api('GET', `/api/centres?filter=${encodeURIComponent(JSON.stringify({ communeCode: firstCentre.communeCode, parentCentreId: null }))}`);
  expect(body).toHaveLength(1);

  renderApp(`/centres/${body[0].id}/show`);
  expect(await screen.findByRole('heading', { level: 1, name: firstCentre.name })).toBeInTheDocument();
  expect(screen.getByText('01/07/2022')).toBeInTheDocument();
  expect(await screen.findByText('CC Couserans-Pyrénées')).toBeInTheDocument();
  expect(await screen.findByText('Antenne des Cabannes')).toBeInTheDocument();
  expect(screen.getByText('Données de démonstration')).toBeInTheDocument();
});
