import { http } from 'msw';
import { createApp } from '../src/server/app';
import type { Database } from '../src/server/db/types';

/**
 * msw handlers that hand every /api request to the real server app over the given database:
 * one implementation of the API, not a second fake one.
 */
export function apiHandlers(database: Database) {
  const app = createApp(database);
  return [http.all('/api/*', ({ request }) => app.fetch(request))];
}
