import { BooleanField, Datagrid, EmailField, List, ReferenceField, SelectField, TextField } from 'react-admin';
import { users } from '../../../domain/resources';
import { fieldsOf, listProps } from '../../fields';

const f = fieldsOf(users);

export function UserList() {
  return (
    <List {...listProps(users)}>
      <Datagrid bulkActionButtons={false}>
        <TextField {...f('name')} />
        <EmailField {...f('email')} />
        <SelectField {...f.choice('role')} />
        <ReferenceField {...f.reference('memberId')} emptyText="—" />
        <BooleanField {...f('active')} />
      </Datagrid>
    </List>
  );
}
