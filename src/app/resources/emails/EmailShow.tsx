import { Box } from '@mui/material';
import { DateField, NumberField, RecordRepresentation, ReferenceField, SelectField, Show, SimpleShowLayout, TextField, TopToolbar, useRecordContext } from 'react-admin';
import { emails } from '../../../domain/resources';
import { dateTime, fieldsOf } from '../../fields';
import { AuditHistoryButton } from '../audit/AuditHistoryButton';
import { AttachmentsField } from './AttachmentsField';
import { EmailStatusField } from './EmailStatusField';
import { RetryButton } from './RetryButton';
import { SmtpNotice } from './SmtpNotice';

const f = fieldsOf(emails);

function Actions() {
  return (
    <TopToolbar>
      <RetryButton />
      <AuditHistoryButton />
    </TopToolbar>
  );
}

/** The next try, while a message waits. */
function NextAttempt() {
  const record = useRecordContext();
  if (record?.status !== 'en_attente') return null;
  return <DateField {...f('nextAttemptAt')} locales="fr-FR" showTime options={dateTime} />;
}

/** One message: to whom, about what, where it stands, its text as sent and its attachments. */
export function EmailShow() {
  return (
    <Box>
      <SmtpNotice />
      <Show title={<RecordRepresentation />} actions={<Actions />}>
        <SimpleShowLayout>
          <EmailStatusField {...f('status')} />
          <TextField {...f('delivery')} />
          <TextField {...f('to')} />
          <TextField {...f('subject')} />
          <SelectField {...f.choice('event')} emptyText="—" />
          <ReferenceField {...f.reference('candidateId')} link="show" />
          <ReferenceField {...f.reference('applicationId')} link="show" emptyText="—" />
          <DateField {...f('createdAt')} locales="fr-FR" showTime options={dateTime} />
          <DateField {...f('sentAt')} locales="fr-FR" showTime options={dateTime} emptyText="—" />
          <NumberField {...f('attempts')} locales="fr-FR" />
          <TextField {...f('lastError')} emptyText="—" />
          <NextAttempt />
          <TextField {...f('body')} component="pre" sx={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', m: 0 }} />
          <AttachmentsField {...f('attachments')} />
        </SimpleShowLayout>
      </Show>
    </Box>
  );
}
