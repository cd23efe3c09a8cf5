import { Datagrid, DateField, List, ReferenceField, TextField } from 'react-admin';
import { notes } from '../../../domain/resources';
import { fieldsOf, listProps } from '../../fields';

const f = fieldsOf(notes);

/** Notes, newest first (they are written and read on the candidate's « Suivi » tab). */
export function NoteList() {
  return (
    <List {...listProps(notes)} exporter={false}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <DateField {...f('createdAt')} showTime locales="fr-FR" />
        <ReferenceField {...f.reference('candidateId')} link="show" />
        <TextField {...f('body')} sx={{ whiteSpace: 'pre-wrap' }} />
      </Datagrid>
    </List>
  );
}
