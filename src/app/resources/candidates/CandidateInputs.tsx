import { SelectInput, TextInput } from 'react-admin';
import { candidates } from '../../../domain/resources';
import { fieldsOf } from '../../fields';
import { DateInput } from '../../forms';

const f = fieldsOf(candidates);

/** The inputs of a candidate, shared by the create and edit forms. */
export function CandidateInputs() {
  return (
    <>
      <TextInput source="lastName" isRequired autoComplete="off" />
      <TextInput source="firstName" isRequired autoComplete="off" />
      <TextInput source="email" type="email" isRequired autoComplete="off" />
      <TextInput source="phone" type="tel" autoComplete="off" />
      <SelectInput source="profession" choices={f.choice('profession').choices} isRequired />
      <TextInput source="rpps" inputProps={{ inputMode: 'numeric', maxLength: 11 }} />
      <SelectInput source="source" choices={f.choice('source').choices} isRequired />
      <DateInput source="consentUntil" isRequired />
      <TextInput source="notes" multiline minRows={3} fullWidth />
    </>
  );
}
