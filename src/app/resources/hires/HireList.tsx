import { BooleanField, Datagrid, DateField, List, NumberField, ReferenceField, SelectField, TextField } from 'react-admin';
import { hires } from '../../../domain/resources';
import { fieldsOf, listProps } from '../../fields';

const f = fieldsOf(hires);

export function HireList() {
  return (
    <List {...listProps(hires)}>
      <Datagrid bulkActionButtons={false}>
        <TextField {...f('lastName')} />
        <TextField {...f('firstName')} />
        <SelectField {...f.choice('profession')} />
        <ReferenceField {...f.reference('centreId')} />
        <SelectField {...f.choice('contract')} />
        <NumberField {...f('fte')} locales="fr-FR" />
        <DateField {...f('startOn')} locales="fr-FR" />
        <DateField {...f('endOn')} locales="fr-FR" emptyText="—" />
        <BooleanField {...f('msu')} />
        <BooleanField {...f('outOfHours')} />
      </Datagrid>
    </List>
  );
}
