import { Datagrid, DateField, List, SelectField, TextField } from 'react-admin';
import { emailTemplates } from '../../../domain/resources';
import { dateTime, fieldsOf, listProps } from '../../fields';
import { ListActions } from '../../forms';

const f = fieldsOf(emailTemplates);

/** The five templates, one per event: a row opens its text for editing (none is created or deleted). */
export function TemplateList() {
  return (
    <List {...listProps(emailTemplates)} actions={<ListActions create={false} />} exporter={false} pagination={false}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <SelectField {...f.choice('event')} />
        <TextField {...f('subject')} />
        <DateField {...f('updatedAt')} locales="fr-FR" showTime options={dateTime} />
      </Datagrid>
    </List>
  );
}
