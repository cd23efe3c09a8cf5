import { Datagrid, DateField, List, ReferenceField, SelectField, TextField } from 'react-admin';
import { audit } from '../../../domain/resources';
import { dateTime, fieldsOf, listProps } from '../../fields';

const f = fieldsOf(audit);

export function AuditList() {
  return (
    <List {...listProps(audit)}>
      <Datagrid bulkActionButtons={false}>
        <DateField {...f('at')} locales="fr-FR" showTime options={dateTime} />
        <ReferenceField {...f.reference('userId')} emptyText="—" />
        <SelectField {...f.choice('action')} />
        <TextField {...f('resource')} />
        <TextField {...f('recordId')} emptyText="—" />
      </Datagrid>
    </List>
  );
}
