import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils } from 'react-admin';

/**
 * The API speaks ra-data-simple-rest under /api (the Node server, or msw in the static demo and the
 * tests). The HTTP client is ours so that sign-in can add its headers here later.
 */
const httpClient = (url: string, options: fetchUtils.Options = {}) => fetchUtils.fetchJson(url, { credentials: 'same-origin', ...options });

export const createDataProvider = (apiUrl = '/api') => simpleRestProvider(apiUrl, httpClient);
