import { Datagrid, List, NumberField, TextField } from 'react-admin';
import { targets } from '../../../domain/resources';
import { fieldsOf, listProps } from '../../fields';

const f = fieldsOf(targets);

export function TargetList() {
  return (
    <List {...listProps(targets)}>
      <Datagrid bulkActionButtons={false}>
        <TextField {...f('year')} />
        <NumberField {...f('professionals')} locales="fr-FR" />
        <NumberField {...f('centres')} locales="fr-FR" />
      </Datagrid>
    </List>
  );
}
