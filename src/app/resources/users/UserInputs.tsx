import { Box } from '@mui/material';
import { useEffect } from 'react';
import { AutocompleteInput, BooleanInput, PasswordInput, ReferenceInput, required, SelectInput, TextInput } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { users } from '../../../domain/resources';
import { fieldsOf } from '../../fields';

const f = fieldsOf(users);
const mandatory = required();
const grid = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, width: '100%', maxWidth: 900 } as const;

/**
 * The member an account is attached to: asked only of a « membre » account (the only role that has
 * one); switching to another role clears it, as the server requires.
 */
function MemberOfAccount() {
  const role = useWatch({ name: 'role' });
  const { setValue, getValues } = useFormContext();
  useEffect(() => {
    if (role !== 'member' && getValues('memberId') != null) setValue('memberId', null, { shouldDirty: true, shouldValidate: true });
  }, [role, setValue, getValues]);
  if (role !== 'member') return null;
  return (
    <ReferenceInput {...f.input('memberId')} reference="members" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput
        label="resources.users.fields.memberId"
        filterToQuery={(q: string) => ({ q })}
        validate={mandatory}
        helperText="maillage.network.users.memberHelp"
      />
    </ReferenceInput>
  );
}

/** An account's inputs, shared by UserCreate and UserEdit (administrators only). */
export function UserInputs({ passwordRequired = false }: { passwordRequired?: boolean }) {
  return (
    <Box sx={grid}>
      <TextInput {...f.input('name')} validate={mandatory} />
      <TextInput {...f.input('email')} type="email" autoComplete="off" validate={mandatory} />
      <SelectInput {...f.inputChoice('role')} validate={mandatory} />
      <MemberOfAccount />
      <BooleanInput {...f.input('active')} />
      <PasswordInput
        {...f.input('password')}
        autoComplete="new-password"
        label={passwordRequired ? 'maillage.auth.password' : undefined}
        // On creation the password is required: « leave empty to keep it » is only true of an edit.
        helperText={passwordRequired ? 'maillage.network.users.newPasswordHelp' : 'maillage.network.users.passwordHelp'}
        validate={passwordRequired ? mandatory : undefined}
      />
    </Box>
  );
}
