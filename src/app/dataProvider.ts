import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils } from 'react-admin';
import type { SessionStore } from './auth/session';

/**
 * The API speaks ra-data-simple-rest under /api (the Node server, or msw in the static demo and the
 * tests). Our HTTP client sends the session cookie and, on writes, the CSRF token.
 */
export function createDataProvider(session: SessionStore, apiUrl = '/api') {
  const httpClient = (url: string, options: fetchUtils.Options = {}) => {
    const headers = new Headers(options.headers as HeadersInit | undefined);
    if (!headers.has('Accept')) headers.set('Accept', 'application/json');
    const method = options.method ?? 'GET';
    if (method !== 'GET' && session.identity) headers.set('X-CSRF-Token', session.identity.csrfToken);
    return fetchUtils.fetchJson(url, { credentials: 'same-origin', ...options, headers });
  };
  return simpleRestProvider(apiUrl, httpClient);
}
