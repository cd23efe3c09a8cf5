import {
  AutocompleteInput,
  BooleanField,
  Datagrid,
  DateField,
  List,
  NullableBooleanInput,
  NumberField,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  SimpleList,
  TextField,
} from 'react-admin';
import { hires } from '../../../domain/resources';
import { fieldsOf, listProps } from '../../fields';
import { csvExporter, dateRangeFilters, ListActions } from '../../forms';
import { Tertiary, useNarrowScreen } from '../../components/narrow';

const f = fieldsOf(hires);

/**
 * Salaried staff. « Situation »: to come, in post or contract ended, as of today in France (the API's
 * `situation` filter, whose choices the domain describes). No delete, anywhere.
 */
export function HireList() {
  const narrow = useNarrowScreen();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="situation" {...f.inputChoice('situation')} label="maillage.recruitment.filters.situation" alwaysOn />,
    <SelectInput key="profession" source="profession" choices={f.choice('profession').choices} alwaysOn />,
    <ReferenceInput key="centreId" source="centreId" reference="centres" sort={{ field: 'name', order: 'ASC' }} alwaysOn>
      <AutocompleteInput />
    </ReferenceInput>,
    <SelectInput key="contract" source="contract" choices={f.choice('contract').choices} />,
    <NullableBooleanInput key="msu" source="msu" />,
    <NullableBooleanInput key="outOfHours" source="outOfHours" />,
    ...dateRangeFilters('hires', 'startOn'),
    ...dateRangeFilters('hires', 'endOn'),
  ];
  return (
      <List {...listProps(hires)} filters={filters} actions={<ListActions />} exporter={csvExporter(hires)}>
        {narrow ? (
          <SimpleList
            rowClick="show"
            primaryText={(r) => `${r.lastName} ${r.firstName}`}
            secondaryText={
              <>
                <SelectField {...f.choice('profession')} /> · <ReferenceField {...f.reference('centreId')} link={false} />
              </>
            }
            tertiaryText={<Tertiary><SelectField {...f.choice('contract')} /></Tertiary>}
          />
        ) : (
          <Datagrid rowClick="show" bulkActionButtons={false}>
            <TextField {...f('lastName')} />
            <TextField {...f('firstName')} />
            <SelectField {...f.choice('profession')} />
            <ReferenceField {...f.reference('centreId')} link={false} />
            <SelectField {...f.choice('contract')} />
            <NumberField {...f('fte')} locales="fr-FR" />
            <DateField {...f('startOn')} locales="fr-FR" />
            <DateField {...f('endOn')} locales="fr-FR" emptyText="—" />
            <BooleanField {...f('msu')} />
            <BooleanField {...f('outOfHours')} />
          </Datagrid>
        )}
      </List>
  );
}
