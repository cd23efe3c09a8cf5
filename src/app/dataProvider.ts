import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, HttpError } from 'react-admin';
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
    return fetchUtils.fetchJson(url, { credentials: 'same-origin', ...options, headers }).catch((error: unknown) => {
      throw inFrench(error);
    });
  };
  return simpleRestProvider(apiUrl, httpClient);
}

/**
 * The server explains its refusals in French (`{ message }`). What it did not explain — no answer at
 * all (`fetch` fails with « Failed to fetch »), or an answer without a message (a proxy's 502 page) —
 * becomes a translation key: react-admin's notifications translate the message they are given.
 */
export function inFrench(error: unknown): unknown {
  if (error instanceof HttpError) {
    const body = error.body as { message?: unknown } | undefined;
    if (typeof body?.message === 'string' && body.message) return error;
    const key = error.status >= 500 ? 'maillage.errors.server' : 'maillage.errors.request';
    return new HttpError(key, error.status, error.body);
  }
  if (error instanceof TypeError) return new HttpError('maillage.errors.network', 0);
  return error;
}
