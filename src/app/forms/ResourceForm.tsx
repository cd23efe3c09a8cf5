import type { ReactNode } from 'react';
import {
  Create,
  DeleteWithConfirmButton,
  Edit,
  SaveButton,
  SimpleForm,
  Toolbar,
  useCanAccess,
  useRecordContext,
  useResourceContext,
  type CreateProps,
  type EditProps,
  type SimpleFormProps,
} from 'react-admin';
import type { ResourceDescription } from '../../domain/resource';
import { ConflictAlert, ConflictProvider, useSaveErrorHandler } from './conflict';
import { CreateTitle, EditTitle } from './titles';
import { validateWith } from './validate';

/**
 * Save, and — on an existing record the user may delete — a delete button that asks first and waits
 * for the server (pessimistic), so a refused delete (« utilisé par des centres ») leaves the record.
 */
export function EditToolbar() {
  const resource = useResourceContext();
  const record = useRecordContext();
  const { canAccess } = useCanAccess({ resource, action: 'delete', record, enabled: !!record });
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      {record && canAccess ? <DeleteWithConfirmButton mutationMode="pessimistic" /> : null}
    </Toolbar>
  );
}

type ResourceFormProps = Omit<SimpleFormProps, 'children'> & { description: ResourceDescription; children: ReactNode };

/**
 * The form of a resource's Create and Edit pages: validated with the description's zod schema as
 * the user types (shown once they leave the field), on submit, and again by the server, whose field
 * errors (400 `errors`) react-admin puts next to the same fields. Fields the user changed survive a
 * reload of the record (`keepDirtyValues`), which is how a conflict is resolved (see conflict.tsx).
 * `noValidate`: the schema is the one validation; the browser's own checks (`min`/`max`/`step` of a
 * number, `required`) would block a save with English bubbles, and `step` misfires on floats (FTE 0.1).
 */
export function ResourceForm({ description, children, ...props }: ResourceFormProps) {
  return (
    <SimpleForm
      validate={validateWith(description)}
      mode="onChange"
      reValidateMode="onChange"
      resetOptions={{ keepDirtyValues: true }}
      noValidate
      toolbar={<EditToolbar />}
      {...props}
    >
      <ConflictAlert description={description} />
      {children}
    </SimpleForm>
  );
}

function EditWithConflicts(props: EditProps) {
  const onError = useSaveErrorHandler();
  return <Edit mutationMode="pessimistic" redirect="show" title={<EditTitle />} {...props} mutationOptions={{ onError, ...props.mutationOptions }} />;
}

/** `<Edit>` titled « Modifier … » (titles.tsx) that waits for the server (pessimistic) and handles stale writes (409) without losing input. */
export function ResourceEdit(props: EditProps) {
  return (
    <ConflictProvider>
      <EditWithConflicts {...props} />
    </ConflictProvider>
  );
}

/** `<Create>` titled « Nouveau … » (titles.tsx) that opens the new record's page once saved. */
export function ResourceCreate(props: CreateProps) {
  return <Create redirect="show" title={<CreateTitle />} {...props} />;
}
