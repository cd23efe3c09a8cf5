import { Datagrid, DateField, List, ReferenceField, SelectField, TextField } from 'react-admin';
import { applications } from '../../../domain/resources';
import { fieldsOf, listProps } from '../../fields';

const f = fieldsOf(applications);

export function ApplicationList() {
  return (
    <List {...listProps(applications)}>
      <Datagrid bulkActionButtons={false}>
        <TextField {...f('id')} />
        <ReferenceField {...f.reference('candidateId')} />
        <ReferenceField {...f.reference('positionId')} />
        <SelectField {...f.choice('stage')} />
        <DateField {...f('appliedOn')} locales="fr-FR" />
        <DateField {...f('stageOn')} locales="fr-FR" emptyText="—" />
      </Datagrid>
    </List>
  );
}
