import { Box } from '@mui/material';
import { useEffect } from 'react';
import { NumberInput, required, SelectInput, TextInput } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { members } from '../../../domain/resources';
import { collegeOfKind } from '../../../domain/resources/members';
import { fieldsOf } from '../../fields';
import { DateInput, departmentChoices } from '../../forms';

const f = fieldsOf(members);
/** Marks a field as required (the asterisk); the rules themselves are the schema's (ResourceForm). */
const mandatory = required();

/** A member's kind decides its college (région → 1, département → 2…): picking one sets the other. */
function CollegeFollowsKind() {
  const kind = useWatch({ name: 'kind' }) as keyof typeof collegeOfKind | undefined;
  const { setValue, getValues } = useFormContext();
  useEffect(() => {
    if (kind && collegeOfKind[kind] && getValues('college') !== collegeOfKind[kind])
      setValue('college', collegeOfKind[kind], { shouldDirty: true, shouldValidate: true });
  }, [kind, setValue, getValues]);
  return null;
}

const row = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, width: '100%', maxWidth: 900 } as const;

/** The inputs of a member, shared by MemberCreate and MemberEdit. */
export function MemberInputs() {
  return (
    <>
      <CollegeFollowsKind />
      <Box sx={row}>
        <TextInput {...f.input('name')} validate={mandatory} sx={{ gridColumn: { md: '1 / 3' } }} />
        <SelectInput {...f.inputChoice('kind')} validate={mandatory} />
        <SelectInput {...f.inputChoice('college')} validate={mandatory} />
        <TextInput {...f.input('siren')} helperText="maillage.network.members.sirenHelp" />
        <SelectInput {...f.input('departmentCode')} choices={departmentChoices} emptyText="—" />
        <DateInput {...f.input('joinedOn')} validate={mandatory} />
        <DateInput {...f.input('leftOn')} />
        <SelectInput {...f.inputChoice('status')} validate={mandatory} />
        <NumberInput {...f.input('contribution')} step={100} min={0} />
        <TextInput {...f.input('contactName')} />
        <TextInput {...f.input('contactEmail')} type="email" />
        <TextInput {...f.input('contactPhone')} type="tel" />
      </Box>
    </>
  );
}
