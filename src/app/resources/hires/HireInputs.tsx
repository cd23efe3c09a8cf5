import { AutocompleteInput, BooleanInput, NumberInput, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { hires } from '../../../domain/resources';
import { fieldsOf } from '../../fields';
import { DateInput } from '../../forms';

const f = fieldsOf(hires);

/** The inputs of a hire, shared by its create and edit forms (the end of a contract has its own action). */
export function HireInputs({ edit = false }: { edit?: boolean }) {
  return (
    <>
      <TextInput source="lastName" isRequired />
      <TextInput source="firstName" isRequired />
      <SelectInput source="profession" choices={f.choice('profession').choices} isRequired />
      <TextInput source="rpps" inputProps={{ inputMode: 'numeric', maxLength: 11 }} />
      <ReferenceInput source="centreId" reference="centres" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput isRequired />
      </ReferenceInput>
      <SelectInput source="contract" choices={f.choice('contract').choices} isRequired />
      {/* The schema checks 0 < ETP ≤ 1 (ResourceForm is `noValidate`: native step checking misfires on floats). */}
      <NumberInput source="fte" min={0.1} max={1} step={0.1} isRequired />
      <DateInput source="startOn" isRequired />
      <DateInput source="endOn" />
      {edit && <TextInput source="endReason" fullWidth />}
      <BooleanInput source="msu" />
      <BooleanInput source="outOfHours" />
    </>
  );
}
