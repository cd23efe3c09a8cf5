import { Box } from '@mui/material';
import { Labeled, SelectField, TextInput, useRecordContext } from 'react-admin';
import type { EmailEvent } from '../../../domain/enums';
import { templateProblem } from '../../../domain/mail-templates';
import { emailTemplates } from '../../../domain/resources';
import { fieldsOf } from '../../fields';
import { ResourceEdit, ResourceForm } from '../../forms';
import { TemplatePreview, VariablesHelp } from './TemplateHelp';

const f = fieldsOf(emailTemplates);

/** The form validates unknown variables (the schema); this adds the event's: the interview's only in an invitation. */
const suitsEvent = (event: EmailEvent) => (value: unknown) => (typeof value === 'string' ? templateProblem(value, event) : undefined);

function TemplateInputs() {
  const record = useRecordContext();
  const event = record?.event as EmailEvent | undefined;
  if (!event) return null;
  return (
    <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 3fr) minmax(0, 2fr)' }, width: '100%' }}>
      <Box>
        <Labeled>
          <SelectField {...f.choice('event')} />
        </Labeled>
        <TextInput {...f.input('subject')} fullWidth validate={suitsEvent(event)} />
        <TextInput {...f.input('body')} fullWidth multiline minRows={14} validate={suitsEvent(event)} />
        <TemplatePreview event={event} />
      </Box>
      <VariablesHelp event={event} />
    </Box>
  );
}

/** A template's subject and body, with the variables' help and a live preview (its event is fixed). */
export function TemplateEdit() {
  return (
    <ResourceEdit redirect="list">
      <ResourceForm description={emailTemplates}>
        <TemplateInputs />
      </ResourceForm>
    </ResourceEdit>
  );
}
