/**
 * Whether an error says the database cannot be reached or did not answer in time, rather than that a
 * query was wrong: a refused or lost connection, a connection or statement timeout, a server shutting
 * down or starting up. The API answers those with 503 and `Retry-After` (the client may try again; the
 * pool reconnects by itself once the server is back), never with a 500 « Erreur interne ».
 */

/** Node's socket errors that mean « no server there, or it went away ». */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);

/**
 * PostgreSQL SQLSTATEs: class 08 (connection exception), 57P01–57P03 (admin/crash shutdown, cannot
 * connect now), 57014 (query cancelled: our statement_timeout), 53300 (too many connections).
 */
const UNAVAILABLE_STATES = /^(08...|57P0[1-3]|57014|53300)$/;

/** node-postgres's own messages for a timeout or a lost connection (it gives them no code). */
const DRIVER_MESSAGES = /timeout exceeded when trying to connect|Connection terminated|Query read timeout|connection timeout|Client has encountered a connection error/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined, i = 0; e && i < 6; e = e.cause as typeof e, i++) {
    if (typeof e.code === 'string' && (NETWORK_CODES.has(e.code) || UNAVAILABLE_STATES.test(e.code))) return true;
    if (typeof e.message === 'string' && DRIVER_MESSAGES.test(e.message)) return true;
    if (e instanceof AggregateError && e.errors.some(isDatabaseUnavailable)) return true;
  }
  return false;
}

/** Seconds a client should wait before trying again. */
export const RETRY_AFTER_SECONDS = 10;
export const DATABASE_UNAVAILABLE = 'Base de données indisponible pour le moment : réessayez dans quelques instants. Rien n’a été enregistré.';
