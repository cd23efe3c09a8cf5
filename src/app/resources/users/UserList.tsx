import { BooleanField, Datagrid, EmailField, List, NullableBooleanInput, ReferenceField, SelectField, SelectInput, TextField } from 'react-admin';
import { users } from '../../../domain/resources';
import { fieldsOf, listProps } from '../../fields';
import { csvExporter, ListActions, searchFilter } from '../../forms';

const f = fieldsOf(users);

const filters = [searchFilter(), <SelectInput key="role" {...f.inputChoice('role')} />, <NullableBooleanInput key="active" {...f.input('active')} />];

/** Accounts and their roles (administrators only); a row opens the account for editing. */
export function UserList() {
  return (
    <List {...listProps(users)} filters={filters} actions={<ListActions />} exporter={csvExporter(users)}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField {...f('name')} />
        <EmailField {...f('email')} />
        <SelectField {...f.choice('role')} />
        <ReferenceField {...f.reference('memberId')} emptyText="—" />
        <BooleanField {...f('active')} />
      </Datagrid>
    </List>
  );
}
