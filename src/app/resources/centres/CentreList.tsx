import {
  AutocompleteInput,
  ChipField,
  Datagrid,
  DateField,
  List,
  NullableBooleanInput,
  NumberField,
  ReferenceArrayField,
  ReferenceField,
  ReferenceInput,
  SelectField,
  SelectInput,
  SimpleList,
  SingleFieldList,
  TextField,
} from 'react-admin';
import { centres } from '../../../domain/resources';
import { euros, fieldsOf, listProps } from '../../fields';
import { csvExporter, dateRangeFilters, departmentChoices, ListActions, searchFilter } from '../../forms';
import { Tertiary, useNarrowScreen } from '../../components/narrow';
import { CommuneField } from './CommuneField';

const f = fieldsOf(centres);

const filters = [
  searchFilter(),
  <SelectInput key="status" {...f.inputChoice('status')} />,
  <SelectInput key="departmentCode" {...f.input('departmentCode')} choices={departmentChoices} />,
  <ReferenceInput key="memberIds" {...f.input('memberIds')} reference="members" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput label="resources.centres.fields.memberIds" filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
  <SelectInput key="services" {...f.inputChoice('services')} />,
  <NullableBooleanInput key="priorityZone" {...f.input('priorityZone')} />,
  ...dateRangeFilters('centres', 'openedOn'),
];

export function CentreList() {
  const narrow = useNarrowScreen();
  return (
    <List {...listProps(centres)} filters={filters} actions={<ListActions />} exporter={csvExporter(centres)}>
      {narrow ? (
        <SimpleList
          rowClick="show"
          primaryText={<TextField {...f('name')} />}
          secondaryText={<CommuneField {...f('communeCode')} />}
          tertiaryText={<Tertiary><SelectField {...f.choice('status')} /></Tertiary>}
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField {...f('name')} />
          <CommuneField {...f('communeCode')} />
          <SelectField {...f.choice('status')} />
          <DateField {...f('openedOn')} locales="fr-FR" emptyText="—" />
          <ReferenceArrayField {...f.reference('memberIds')}>
            <SingleFieldList linkType={false}>
              <ChipField source="name" size="small" />
            </SingleFieldList>
          </ReferenceArrayField>
          <ReferenceField {...f.reference('parentCentreId')} emptyText="—" />
          <NumberField {...f('openingBudget')} locales="fr-FR" options={euros} emptyText="—" />
        </Datagrid>
      )}
    </List>
  );
}
