import { Edit, RecordRepresentation, SimpleForm } from 'react-admin';
import { candidateSchema } from '../../../domain/resources/candidates';
import { liveValidation, validateWith } from '../positions/validateWith';
import { CandidateInputs } from './CandidateInputs';

const validate = validateWith(candidateSchema);

export function CandidateEdit() {
  return (
    <Edit title={<RecordRepresentation />} mutationMode="pessimistic" redirect="show">
      <SimpleForm validate={validate} {...liveValidation}>
        <CandidateInputs />
      </SimpleForm>
    </Edit>
  );
}
