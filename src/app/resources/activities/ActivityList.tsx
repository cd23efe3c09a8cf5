import { AutocompleteInput, Datagrid, DateField, List, NumberField, ReferenceField, ReferenceInput, TextInput } from 'react-admin';
import { activities } from '../../../domain/resources';
import { fieldsOf, listProps, monthYear } from '../../fields';
import { csvExporter, ListActions } from '../../forms';

const f = fieldsOf(activities);

const filters = [
  <ReferenceInput key="centreId" {...f.input('centreId')} reference="centres" sort={{ field: 'name', order: 'ASC' }} alwaysOn>
    <AutocompleteInput label="resources.activities.fields.centreId" filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
  <TextInput key="month_gte" source="month_gte" type="month" label="maillage.network.activities.from" />,
  <TextInput key="month_lte" source="month_lte" type="month" label="maillage.network.activities.to" />,
];

/** Monthly activity of the centres, newest month first; a row opens its figures for correction. */
export function ActivityList() {
  return (
    <List {...listProps(activities)} filters={filters} actions={<ListActions />} exporter={csvExporter(activities)}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <ReferenceField {...f.reference('centreId')} />
        <DateField {...f('month')} locales="fr-FR" options={monthYear} />
        <NumberField {...f('scheduled')} locales="fr-FR" />
        <NumberField {...f('unscheduled')} locales="fr-FR" />
        <NumberField {...f('homeVisits')} locales="fr-FR" />
        <NumberField {...f('outOfHoursShifts')} locales="fr-FR" />
        <NumberField {...f('newReferringPatients')} locales="fr-FR" />
      </Datagrid>
    </List>
  );
}
