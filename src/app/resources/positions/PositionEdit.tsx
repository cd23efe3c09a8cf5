import { Edit, RecordRepresentation, SimpleForm } from 'react-admin';
import { positionSchema } from '../../../domain/resources/positions';
import { PositionInputs } from './PositionInputs';
import { liveValidation, validateWith } from './validateWith';

const validate = validateWith(positionSchema);

/** Pessimistic: a stale `version` (409) is shown at once, the typed values stay in the form. */
export function PositionEdit() {
  return (
    <Edit title={<RecordRepresentation />} mutationMode="pessimistic" redirect="show">
      <SimpleForm validate={validate} {...liveValidation}>
        <PositionInputs />
      </SimpleForm>
    </Edit>
  );
}
