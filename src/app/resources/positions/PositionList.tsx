import { BooleanField, Datagrid, DateField, List, NumberField, ReferenceField, SelectField, TextField } from 'react-admin';
import { positions } from '../../../domain/resources';
import { fieldsOf, listProps } from '../../fields';

const f = fieldsOf(positions);

export function PositionList() {
  return (
    <List {...listProps(positions)}>
      <Datagrid bulkActionButtons={false}>
        <TextField {...f('title')} emptyText="—" />
        <ReferenceField {...f.reference('centreId')} />
        <SelectField {...f.choice('profession')} />
        <NumberField {...f('fte')} locales="fr-FR" />
        <SelectField {...f.choice('status')} />
        <BooleanField {...f('published')} />
        <DateField {...f('openedOn')} locales="fr-FR" />
      </Datagrid>
    </List>
  );
}
