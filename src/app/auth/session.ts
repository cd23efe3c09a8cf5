import type { Role } from '../../domain/enums';

/** The signed-in user as the API describes it (POST /api/auth/login, GET /api/auth/me). */
export interface Identity {
  id: number;
  email: string;
  name: string;
  role: Role;
  memberId: number | null;
  csrfToken: string;
}

/**
 * What the app keeps of a session: the identity and its CSRF token, in memory only. The session itself
 * is an HttpOnly cookie the app never sees; after a reload, GET /api/auth/me gives the identity back.
 */
export interface SessionStore {
  identity: Identity | null;
}

export const createSessionStore = (): SessionStore => ({ identity: null });
