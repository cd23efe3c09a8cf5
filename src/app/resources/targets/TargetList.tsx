import { Datagrid, List, NumberField, NumberInput, TextField } from 'react-admin';
import { targets } from '../../../domain/resources';
import { fieldsOf, listProps } from '../../fields';
import { csvExporter, ListActions } from '../../forms';

const f = fieldsOf(targets);

const filters = [
  <NumberInput key="year_gte" source="year_gte" label="maillage.network.targets.from" />,
  <NumberInput key="year_lte" source="year_lte" label="maillage.network.targets.to" />,
];

/** Targets per year (editable by the Région); a row opens the year for correction. */
export function TargetList() {
  return (
    <List {...listProps(targets)} filters={filters} actions={<ListActions />} exporter={csvExporter(targets)}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField {...f('year')} />
        <NumberField {...f('professionals')} locales="fr-FR" />
        <NumberField {...f('centres')} locales="fr-FR" />
      </Datagrid>
    </List>
  );
}
