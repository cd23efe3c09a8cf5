import { fieldErrorsOf, type FieldErrors } from '../../domain/field-errors';
import type { ResourceDescription } from '../../domain/resource';

export type { FieldErrors };

/**
 * A react-admin `validate` function built from a resource's zod write schema — the same schema the
 * server applies, so the form refuses what the server would refuse, with the same French messages
 * (identifier check keys, required fields, dates in order, FTE in (0, 1]…). The first message of
 * each field is kept, as the server does (fieldErrorsOf). Read-only fields (`id`, `version`…) are
 * stripped by zod.
 *
 *   <SimpleForm validate={validateWith(members)} />   (ResourceForm does this for you)
 */
export function validateWith(description: Pick<ResourceDescription, 'schema'>) {
  return (values: Record<string, unknown>): FieldErrors => {
    const result = description.schema.safeParse(values);
    return result.success ? {} : fieldErrorsOf(result.error.issues);
  };
}
