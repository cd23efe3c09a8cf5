import { Datagrid, DateField, List, SelectField, TextField } from 'react-admin';
import { emailTemplates } from '../../../domain/resources';
import { dateTime, fieldsOf, listProps } from '../../fields';

const f = fieldsOf(emailTemplates);

/**
 * The five templates, one per event: a row opens its text for editing. No toolbar: nothing to filter,
 * create or export among five fixed records.
 */
export function TemplateList() {
  return (
    <List {...listProps(emailTemplates)} actions={false} exporter={false} pagination={false}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <SelectField {...f.choice('event')} />
        <TextField {...f('subject')} />
        <DateField {...f('updatedAt')} locales="fr-FR" showTime options={dateTime} />
      </Datagrid>
    </List>
  );
}
