import type { AuthProvider } from 'react-admin';
import type { Action } from '../../domain/resource';
import { resourceByName, type ResourceName } from '../../domain/resources';
import { statisticByName } from '../../domain/statistics';
import type { Identity, SessionStore } from './session';

/** react-admin's actions, as the domain's policy names them. */
const ACTIONS: Record<string, Action> = {
  list: 'read',
  show: 'read',
  export: 'read',
  create: 'create',
  edit: 'update',
  delete: 'delete',
};

/**
 * Whether the UI offers an action. The server decides (it refuses whatever is not allowed); this only
 * hides what it would refuse, reading the same policy table.
 */
export function canDo(identity: Identity | null, resource: string, action: string): boolean {
  if (!identity) return false;
  const mapped = ACTIONS[action] ?? (action.startsWith('delete') ? 'delete' : 'read');
  const statistic = statisticByName[resource];
  if (statistic) return mapped === 'read' && statistic.policy[identity.role].read !== 'none';
  const description = resourceByName[resource as ResourceName];
  if (!description) return true; // dashboards and custom pages decide for themselves
  if (mapped === 'delete' && description.deleteRefusal) return false;
  if (description.readOnly && mapped !== 'read') return false;
  return description.policy[identity.role][mapped] !== 'none';
}

async function call(path: string, init: RequestInit = {}) {
  // No answer at all (« Failed to fetch »): a translation key, shown in French by the notification.
  const response = await fetch(path, { credentials: 'same-origin', ...init }).catch(() => {
    throw new Error('maillage.errors.network');
  });
  const body = await response.json().catch(() => ({}));
  return { response, body };
}

export function createAuthProvider(session: SessionStore, apiUrl = '/api'): AuthProvider {
  const fetchIdentity = async () => {
    const { response, body } = await call(`${apiUrl}/auth/me`);
    session.identity = response.ok ? (body as Identity) : null;
    return session.identity;
  };
  return {
    async login({ email, username, password }) {
      const { response, body } = await call(`${apiUrl}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: email ?? username, password }),
      });
      if (!response.ok) throw new Error(body.message ?? 'maillage.auth.failed');
      session.identity = body as Identity;
    },
    async logout() {
      const identity = session.identity;
      session.identity = null;
      if (identity) await call(`${apiUrl}/auth/logout`, { method: 'POST', headers: { 'x-csrf-token': identity.csrfToken } });
    },
    async checkAuth() {
      if (session.identity ?? (await fetchIdentity())) return;
      throw new Error('Session absente ou expirée');
    },
    async checkError(error: { status?: number }) {
      if (error?.status === 401) {
        session.identity = null;
        throw new Error('Session expirée');
      }
      // 403 and others: the message is shown, the user stays signed in.
    },
    async getIdentity() {
      const identity = session.identity ?? (await fetchIdentity());
      if (!identity) throw new Error('Non connecté');
      return { ...identity, fullName: identity.name };
    },
    async getPermissions() {
      return session.identity?.role;
    },
    async canAccess({ resource, action }) {
      return canDo(session.identity ?? (await fetchIdentity()), resource, action);
    },
  };
}
