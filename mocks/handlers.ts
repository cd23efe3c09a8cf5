import { http } from 'msw';
import { createApp } from '../src/server/app';
import type { Database } from '../src/server/db/types';

/**
 * msw handlers that hand every /api request to the real server app over the given database:
 * one implementation of the API, not a second fake one.
 *
 * A service worker's answers cannot set cookies, so the server runs with `sessionTransport: 'header'`
 * and these handlers play the browser's part: they keep the session token that sign-in returns and
 * send it with every later request, as the browser does with the HttpOnly cookie.
 */
export function apiHandlers(database: Database) {
  const app = createApp(database, { sessionTransport: 'header' });
  let token: string | undefined;
  return [
    http.all('/api/*', async ({ request }) => {
      const headers = new Headers(request.headers);
      if (token) headers.set('authorization', `Bearer ${token}`);
      const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer();
      const response = await app.fetch(new Request(request.url, { method: request.method, headers, body }));
      const issued = response.headers.get('x-session-token');
      if (issued) token = issued;
      if (new URL(request.url).pathname === '/api/auth/logout' && response.ok) token = undefined;
      return response;
    }),
  ];
}
