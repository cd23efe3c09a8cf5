import { AutocompleteInput, BooleanInput, DateInput, NumberInput, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { positions } from '../../../domain/resources';
import { fieldsOf } from '../../fields';

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
      {/* Its forms are `noValidate`: the schema checks 0 < ETP ≤ 1; native step checking (min 0.1, step 0.1) misfires on floats, jsdom refuses 1. */}
      <NumberInput source="fte" min={0.1} max={1} step={0.1} isRequired />
      <SelectInput source="status" choices={f.choice('status').choices} isRequired />
      <DateInput source="openedOn" isRequired />
      <BooleanInput source="published" />
    </>
  );
}
