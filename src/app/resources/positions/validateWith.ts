import type { z } from 'zod';

/**
 * A react-admin form `validate` from a domain zod schema: the first message of each field, the same
 * messages the server would answer with a 400.
 *
 * TODO: switch to the shared form machinery of `src/app/forms/` once it lands (it was not there yet
 * when the recruitment screens were written); this is the same idea in a few lines.
 */
export function validateWith(schema: z.ZodType) {
  return (values: Record<string, unknown>) => {
    const result = schema.safeParse(values);
    if (result.success) return {};
    const errors: Record<string, string> = {};
    for (const issue of result.error.issues) {
      const field = issue.path.length ? String(issue.path[0]) : '';
      if (field && !errors[field]) errors[field] = issue.message;
    }
    return errors;
  };
}

/** Validation as the user types, then again on every change. */
export const liveValidation = { mode: 'onChange', reValidateMode: 'onChange' } as const;
