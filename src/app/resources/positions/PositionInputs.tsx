import { AutocompleteInput, BooleanInput, NumberInput, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { positions } from '../../../domain/resources';
import { fieldsOf } from '../../fields';
import { DateInput } from '../../forms';

const f = fieldsOf(positions);

/** The inputs of a position, shared by its create and edit forms. */
export function PositionInputs() {
  return (
    <>
      <ReferenceInput source="centreId" reference="centres" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput isRequired />
      </ReferenceInput>
      <SelectInput source="profession" choices={f.choice('profession').choices} isRequired />
      <TextInput source="title" fullWidth />
      {/* The schema checks 0 < ETP ≤ 1 (ResourceForm is `noValidate`: native step checking misfires on floats). */}
      <NumberInput source="fte" min={0.1} max={1} step={0.1} isRequired />
      <SelectInput source="status" choices={f.choice('status').choices} isRequired />
      <DateInput source="openedOn" isRequired />
      <BooleanInput source="published" />
    </>
  );
}
