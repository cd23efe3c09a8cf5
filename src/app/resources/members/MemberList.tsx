import { Datagrid, DateField, List, NumberField, SelectField, SelectInput, TextField } from 'react-admin';
import { members } from '../../../domain/resources';
import { euros, fieldsOf, listProps } from '../../fields';
import { csvExporter, dateRangeFilters, departmentChoices, ListActions, numberRangeFilters, searchFilter } from '../../forms';

const f = fieldsOf(members);

const filters = [
  searchFilter(),
  <SelectInput key="college" {...f.inputChoice('college')} />,
  <SelectInput key="kind" {...f.inputChoice('kind')} />,
  <SelectInput key="departmentCode" {...f.input('departmentCode')} choices={departmentChoices} />,
  <SelectInput key="status" {...f.inputChoice('status')} />,
  ...dateRangeFilters('members', 'joinedOn'),
  ...numberRangeFilters('members', 'contribution'),
];

export function MemberList() {
  return (
    <List {...listProps(members)} filters={filters} actions={<ListActions />} exporter={csvExporter(members)}>
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
