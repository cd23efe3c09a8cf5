import { Datagrid, DateField, List, NumberField, SelectField, SelectInput, SimpleList, TextField } from 'react-admin';
import { members } from '../../../domain/resources';
import { euros, fieldsOf, listProps } from '../../fields';
import { csvExporter, dateRangeFilters, departmentChoices, ListActions, numberRangeFilters, searchFilter } from '../../forms';
import { Tertiary, useNarrowScreen } from '../../components/narrow';

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
  const narrow = useNarrowScreen();
  return (
    <List {...listProps(members)} filters={filters} actions={<ListActions />} exporter={csvExporter(members)}>
      {narrow ? (
        <SimpleList
          rowClick="show"
          primaryText={<TextField {...f('name')} />}
          secondaryText={
            <>
              <SelectField {...f.choice('kind')} /> · <SelectField {...f.choice('college')} />
            </>
          }
          tertiaryText={<Tertiary><SelectField {...f.choice('status')} /></Tertiary>}
        />
      ) : (
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
      )}
    </List>
  );
}
