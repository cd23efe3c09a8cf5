import { AutocompleteInput, ReferenceInput, SelectInput } from 'react-admin';
import { applications } from '../../../domain/resources';
import { fieldsOf } from '../../fields';
import { DateInput } from '../../forms';
import { OutcomeReasonInputs } from './OutcomeReasonInputs';

const f = fieldsOf(applications);
const OPEN = { status: 'ouvert' };

/**
 * Candidate and position are searched as one types (autocomplete over the API's `q`); a position is
 * named by its label (title, centre, FTE, since when: positionLabel), so that positions sharing a title differ.
 */
export function ApplicationInputs() {
  return (
    <>
      <ReferenceInput source="candidateId" reference="candidates" sort={{ field: 'lastName', order: 'ASC' }}>
        <AutocompleteInput isRequired />
      </ReferenceInput>
      {/* Only an open position takes an application (the server refuses the others); an edit still shows
          its current position, closed since or not (react-admin adds the selected record to the choices). */}
      <ReferenceInput source="positionId" reference="positions" sort={{ field: 'openedOn', order: 'DESC' }} filter={OPEN}>
        <AutocompleteInput isRequired />
      </ReferenceInput>
      <SelectInput source="stage" choices={f.choice('stage').choices} isRequired />
      <DateInput source="appliedOn" isRequired />
      <DateInput source="stageOn" />
      <OutcomeReasonInputs />
    </>
  );
}
