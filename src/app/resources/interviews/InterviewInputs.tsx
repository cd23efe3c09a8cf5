import { Box } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { AutocompleteArrayInput, NumberInput, ReferenceArrayInput, ReferenceField, ReferenceInput, SelectInput, TextInput, useTranslate } from 'react-admin';
import { interviews } from '../../../domain/resources';
import { fieldsOf } from '../../fields';
import { ParisDateTimeInput } from './ParisDateTimeInput';

const f = fieldsOf(interviews);

/** An application in the picker: its candidate and its position (an application has no name of its own). */
function ApplicationChoice() {
  return (
    <span>
      <ReferenceField source="candidateId" reference="candidates" link={false} /> — <ReferenceField source="positionId" reference="positions" link={false} />
    </span>
  );
}

/**
 * An interview: which application (those of the candidate when planned from their page), when (day
 * and time in Paris), how long, where, who sits on the panel (hr and admin accounts, from
 * /api/interviewers, which hr may read) and where it stands.
 */
export function InterviewInputs() {
  const translate = useTranslate();
  const candidateId = useWatch({ name: 'candidateId' }) as number | undefined;
  return (
    <Box sx={{ display: 'grid', gap: 1, width: '100%', maxWidth: 760 }}>
      <ReferenceInput source="applicationId" reference="applications" filter={candidateId ? { candidateId } : {}} sort={{ field: 'stageOn', order: 'DESC' }}>
        <SelectInput optionText={<ApplicationChoice />} isRequired />
      </ReferenceInput>
      <ParisDateTimeInput />
      <NumberInput {...f.input('durationMinutes')} min={15} max={480} step={15} />
      <TextInput {...f.input('location')} multiline={false} />
      <ReferenceArrayInput source="panelUserIds" reference="interviewers" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteArrayInput optionText="name" label="resources.interviews.fields.panelUserIds" helperText={translate('maillage.interviews.form.panelHint')} />
      </ReferenceArrayInput>
      <SelectInput {...f.inputChoice('status')} isRequired />
    </Box>
  );
}
