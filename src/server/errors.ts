import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { FieldErrors } from '../domain/field-errors';

/** Field errors as react-admin shows them next to each input: `{ field: message }` (src/domain/field-errors.ts). */
export type { FieldErrors };

/** An error answered as JSON `{ message, errors? }`; thrown anywhere, answered by `app.onError`. */
export class ApiError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    message: string,
    readonly errors?: FieldErrors,
  ) {
    super(status, { message });
  }
}

export const badRequest = (message: string, errors?: FieldErrors) => new ApiError(400, message, errors);
export const notFound = (message = 'Enregistrement introuvable') => new ApiError(404, message);
export const conflict = (message: string, errors?: FieldErrors) => new ApiError(409, message, errors);
export const forbidden = (message = 'Action non autorisée') => new ApiError(403, message);

/** PostgreSQL's error fields, wherever the driver or Drizzle put them in the cause chain. */
export interface PgErrorInfo {
  code: string;
  constraint?: string;
  detail?: string;
}
export function pgError(error: unknown): PgErrorInfo | undefined {
  for (let e = error as { code?: unknown; cause?: unknown; constraint?: string; detail?: string } | undefined, i = 0; e && i < 5; e = e.cause as typeof e, i++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return { code: e.code, constraint: e.constraint, detail: e.detail };
  }
  return undefined;
}
