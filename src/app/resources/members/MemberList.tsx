import { Datagrid, DateField, List, NumberField, SelectField, TextField } from 'react-admin';
import { members } from '../../../domain/resources';
import { euros, fieldsOf, listProps } from '../../fields';

const f = fieldsOf(members);

export function MemberList() {
  return (
    <List {...listProps(members)}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField {...f('name')} />
        <SelectField {...f.choice('college')} />
        <SelectField {...f.choice('kind')} />
        <TextField {...f('departmentCode')} />
        <TextField {...f('siren')} />
        <DateField {...f('joinedOn')} locales="fr-FR" />
        <SelectField {...f.choice('status')} />
        <NumberField {...f('contribution')} locales="fr-FR" options={euros} />
      </Datagrid>
    </List>
  );
}
