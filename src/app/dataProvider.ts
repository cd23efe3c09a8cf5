import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, HttpError, type DataProvider, type RaRecord } from 'react-admin';
import type { SessionStore } from './auth/session';
import type { Period, StatsEndpoint, StatsEndpoints } from './dashboard/api';
import type { TimelineEntry } from '../domain/timeline';

/** What the dashboard asks of a statistics endpoint: a year (null: all time), a department (null: the region). */
export interface StatsQuery {
  period: Period;
  department?: string | null;
  signal?: AbortSignal;
}

/** A template rendered for one application (POST /api/emails/preview). */
export interface EmailPreview {
  event: string;
  to: string;
  candidateId: number;
  applicationId: number;
  subject: string;
  body: string;
}

/** ra-data-simple-rest, plus the dashboards' aggregates (GET /api/stats/<endpoint>) and the outbox's routes (src/server/mail/routes.ts). */
export interface MaillageDataProvider extends DataProvider {
  getStats<E extends StatsEndpoint>(endpoint: E, query: StatsQuery): Promise<{ data: StatsEndpoints[E] }>;
  /** A document's bytes (GET /api/documents/<id>/file), through the same session as every call. */
  getDocumentFile(id: number): Promise<Blob>;
  /** Everything held on a candidate (GET /api/candidates/<id>/export): the JSON file, or the printable HTML page. */
  getCandidateExport(candidateId: number | string, format: 'json' | 'html'): Promise<Blob>;
  /** A candidate's timeline, newest first (GET /api/candidates/<id>/timeline). */
  getTimeline(candidateId: number | string, options?: { signal?: AbortSignal }): Promise<{ data: TimelineEntry[] }>;
  /** Whether the server sends its outbox (GET /api/emails/status). */
  emailStatus(): Promise<{ smtpConfigured: boolean; message: string | null }>;
  previewEmail(request: { event: string; applicationId: number }): Promise<EmailPreview>;
  /** Queues a message HR reviewed (POST /api/emails): the outbox record. */
  queueEmail(request: { event: string; applicationId: number; subject: string; body: string }): Promise<RaRecord>;
  /** Puts a failed message back in the queue (POST /api/emails/<id>/retry). */
  retryEmail(id: RaRecord['id']): Promise<RaRecord>;
}

/** Resources whose records are created by uploading a file: their create is sent as multipart/form-data. */
const UPLOADS = new Set(['documents']);

/**
 * A create as multipart/form-data: each field as text, and react-admin's FileInput value
 * (`{ rawFile: File, src, title }`) as the file itself. Empty optional fields are left out.
 */
export function multipartOf(data: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(data)) {
    if (value === null || value === undefined || value === '') continue;
    const raw = typeof value === 'object' && 'rawFile' in value ? (value as { rawFile: unknown }).rawFile : value;
    if (raw instanceof Blob) form.append(key, raw, raw instanceof File ? raw.name : key);
    else form.append(key, String(raw));
  }
  return form;
}

/** `/api/stats/funnel?year=2024&department=09`: `year=all` for all time, no `department` for the whole region. */
export function statsUrl(apiUrl: string, endpoint: StatsEndpoint, { period, department = null }: StatsQuery): string {
  return `${apiUrl}/stats/${endpoint}?year=${period ?? 'all'}${department ? `&department=${encodeURIComponent(department)}` : ''}`;
}

/**
 * The API speaks ra-data-simple-rest under /api (the Node server, or msw in the static demo and the
 * tests). Our HTTP client sends the session cookie and, on writes, the CSRF token; every call, the
 * statistics included, gets its errors in French (`inFrench`).
 */
export function createDataProvider(session: SessionStore, apiUrl = '/api'): MaillageDataProvider {
  const httpClient = (url: string, options: fetchUtils.Options = {}) => {
    const headers = new Headers(options.headers as HeadersInit | undefined);
    if (!headers.has('Accept')) headers.set('Accept', 'application/json');
    const method = options.method ?? 'GET';
    if (method !== 'GET' && session.identity) headers.set('X-CSRF-Token', session.identity.csrfToken);
    return fetchUtils.fetchJson(url, { credentials: 'same-origin', ...options, headers }).catch((error: unknown) => {
      throw inFrench(error);
    });
  };
  const rest = simpleRestProvider(apiUrl, httpClient);
  /**
   * A request whose body or answer is not JSON (a multipart upload, a file): fetch itself, the browser
   * choosing a FormData's Content-Type and boundary. Headers as a plain object: fetchUtils' Headers
   * object next to a FormData body lost the CSRF token under happy-dom's fetch.
   */
  const send = async (url: string, init: RequestInit = {}) => {
    const headers: Record<string, string> = { Accept: init.method ? 'application/json' : '*/*' };
    if (init.method && init.method !== 'GET' && session.identity) headers['X-CSRF-Token'] = session.identity.csrfToken;
    const response = await fetch(url, { credentials: 'same-origin', ...init, headers }).catch((error: unknown) => {
      throw inFrench(error);
    });
    if (response.ok) return response;
    const body = await response.json().catch(() => undefined);
    throw inFrench(new HttpError(typeof body?.message === 'string' ? body.message : '', response.status, body));
  };
  return {
    ...rest,
    // The API requires the version a PUT overwrites (a stale one answers 409, nothing is lost).
    // ra-data-simple-rest's updateMany sends the partial data alone: read the records' versions first.
    async updateMany(resource, params) {
      const { data: records } = await rest.getMany(resource, { ids: params.ids });
      await Promise.all(records.map((record) => rest.update(resource, { id: record.id, data: { ...params.data, version: record.version }, previousData: record })));
      return { data: records.map((record) => record.id) };
    },
    async create(resource, params) {
      if (!UPLOADS.has(resource)) return rest.create(resource, params);
      const response = await send(`${apiUrl}/${resource}`, { method: 'POST', body: multipartOf(params.data as Record<string, unknown>) });
      return { data: await response.json() };
    },
    async getDocumentFile(id) {
      return (await send(`${apiUrl}/documents/${id}/file`)).blob();
    },
    async getCandidateExport(candidateId, format) {
      const id = encodeURIComponent(String(candidateId));
      return (await send(`${apiUrl}/candidates/${id}/export${format === 'html' ? '?format=html' : '?download=1'}`)).blob();
    },
    async getStats(endpoint, query) {
      const { json } = await httpClient(statsUrl(apiUrl, endpoint, query), { signal: query.signal });
      return { data: json };
    },
    async getTimeline(candidateId, options = {}) {
      const { json } = await httpClient(`${apiUrl}/candidates/${encodeURIComponent(String(candidateId))}/timeline`, { signal: options.signal });
      return { data: json };
    },
    async emailStatus() {
      return (await httpClient(`${apiUrl}/emails/status`)).json;
    },
    async previewEmail(request) {
      return (await httpClient(`${apiUrl}/emails/preview`, { method: 'POST', body: JSON.stringify(request) })).json;
    },
    async queueEmail(request) {
      return (await httpClient(`${apiUrl}/emails`, { method: 'POST', body: JSON.stringify(request) })).json;
    },
    async retryEmail(id) {
      return (await httpClient(`${apiUrl}/emails/${encodeURIComponent(String(id))}/retry`, { method: 'POST' })).json;
    },
  };
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
