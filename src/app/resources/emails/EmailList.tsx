import { Box } from '@mui/material';
import { Datagrid, DateField, List, SelectField, SelectInput, SimpleList, TextField } from 'react-admin';
import { Tertiary, useNarrowScreen } from '../../components/narrow';
import { emails } from '../../../domain/resources';
import { dateTime, fieldsOf, listProps } from '../../fields';
import { csvExporter, ListActions, searchFilter } from '../../forms';
import { EmailStatusField } from './EmailStatusField';
import { SmtpNotice } from './SmtpNotice';

const f = fieldsOf(emails);

const filters = [
  searchFilter(),
  <SelectInput key="status" {...f.inputChoice('status')} alwaysOn />,
  <SelectInput key="event" {...f.inputChoice('event')} />,
];

const exporter = csvExporter(emails, { fields: ['id', 'createdAt', 'to', 'subject', 'event', 'status', 'attempts', 'sentAt', 'lastError', 'delivery'] });

/** The outbox, newest first: every message to a candidate, where it stands (read-only; « Renvoyer » on a failed one). */
export function EmailList() {
  const narrow = useNarrowScreen();
  return (
    <Box>
      <SmtpNotice />
      <List {...listProps(emails)} filters={filters} actions={<ListActions create={false} />} exporter={exporter}>
        {narrow ? (
          <SimpleList
            rowClick="show"
            primaryText={(r) => r.subject}
            secondaryText={
              <>
                <TextField {...f('to')} /> · <DateField {...f('createdAt')} locales="fr-FR" showTime options={dateTime} />
              </>
            }
            tertiaryText={
              <Tertiary>
                <EmailStatusField {...f('status')} />
              </Tertiary>
            }
          />
        ) : (
          <Datagrid rowClick="show" bulkActionButtons={false}>
            <DateField {...f('createdAt')} locales="fr-FR" showTime options={dateTime} />
            <TextField {...f('to')} />
            <TextField {...f('subject')} />
            <SelectField {...f.choice('event')} emptyText="—" />
            <EmailStatusField {...f('status')} />
            <TextField {...f('delivery')} />
          </Datagrid>
        )}
      </List>
    </Box>
  );
}
