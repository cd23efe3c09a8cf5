/** `{ field: message }`, as react-admin's form-level `validate` and the API's 400 `errors` both use. */
export type FieldErrors = Record<string, string>;

/** What fieldErrorsOf reads of a zod issue. */
export interface Issue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/**
 * Zod issues as field errors: the first message of each top-level field (`stageHistory.2.on` is
 * reported on `stageHistory`); issues on the record as a whole (empty path) name no field.
 */
export function fieldErrorsOf(issues: readonly Issue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path.length ? String(issue.path[0]) : '';
    if (field && !Object.hasOwn(errors, field)) errors[field] = issue.message;
  }
  return errors;
}
