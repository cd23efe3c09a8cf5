import type { ResourceDescription } from '../../domain/resource';

/** `{ field: message }`, as react-admin's form-level `validate` and the API's 400 `errors` both use. */
export type FieldErrors = Record<string, string>;

/**
 * A react-admin `validate` function built from a resource's zod write schema — the same schema the
 * server applies, so the form refuses what the server would refuse, with the same French messages
 * (identifier check keys, required fields, dates in order, FTE in (0, 1]…). The first message of
 * each field is kept, as the server does. Read-only fields (`id`, `version`…) are stripped by zod.
 *
 *   <SimpleForm validate={validateWith(members)} />   (ResourceForm does this for you)
 */
export function validateWith(description: Pick<ResourceDescription, 'schema'>) {
  return (values: Record<string, unknown>): FieldErrors => {
    const result = description.schema.safeParse(values);
    if (result.success) return {};
    const errors: FieldErrors = {};
    for (const issue of result.error.issues) {
      const field = issue.path.length ? String(issue.path[0]) : '';
      if (field && !errors[field]) errors[field] = issue.message;
    }
    return errors;
  };
}
