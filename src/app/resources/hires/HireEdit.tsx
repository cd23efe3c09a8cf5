import { Edit, RecordRepresentation, SaveButton, SimpleForm, Toolbar } from 'react-admin';
import { hireSchema } from '../../../domain/resources/hires';
import { liveValidation, validateWith } from '../positions/validateWith';
import { HireInputs } from './HireInputs';

const validate = validateWith(hireSchema);

/** A contract is ended, never deleted: the toolbar has no delete button. */
function HireToolbar() {
  return (
    <Toolbar>
      <SaveButton />
    </Toolbar>
  );
}

export function HireEdit() {
  return (
    <Edit title={<RecordRepresentation />} mutationMode="pessimistic" redirect="show">
      <SimpleForm validate={validate} {...liveValidation} toolbar={<HireToolbar />}>
        <HireInputs edit />
      </SimpleForm>
    </Edit>
  );
}
