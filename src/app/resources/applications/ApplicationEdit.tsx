import { Edit, SimpleForm } from 'react-admin';
import { applicationSchema } from '../../../domain/resources/applications';
import { liveValidation, validateWith } from '../positions/validateWith';
import { ApplicationInputs } from './ApplicationInputs';

const validate = validateWith(applicationSchema);

/** A change of stage here is recorded in the history like a move on the board (the server keeps it). */
export function ApplicationEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm validate={validate} {...liveValidation}>
        <ApplicationInputs />
      </SimpleForm>
    </Edit>
  );
}
