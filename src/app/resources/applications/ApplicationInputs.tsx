import { AutocompleteInput, ReferenceInput, SelectInput } from 'react-admin';
import { applications } from '../../../domain/resources';
import { fieldsOf } from '../../fields';
import { DateInput } from '../../forms';

const f = fieldsOf(applications);

/** Candidate and position are searched as one types (autocomplete over the API's `q`). */
export function ApplicationInputs() {
  return (
    <>
      <ReferenceInput source="candidateId" reference="candidates" sort={{ field: 'lastName', order: 'ASC' }}>
        <AutocompleteInput isRequired />
      </ReferenceInput>
      <ReferenceInput source="positionId" reference="positions" sort={{ field: 'openedOn', order: 'DESC' }}>
        <AutocompleteInput isRequired />
      </ReferenceInput>
      <SelectInput source="stage" choices={f.choice('stage').choices} isRequired />
      <DateInput source="appliedOn" isRequired />
      <DateInput source="stageOn" />
    </>
  );
}
