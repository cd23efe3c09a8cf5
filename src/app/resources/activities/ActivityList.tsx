import { Datagrid, DateField, List, NumberField, ReferenceField } from 'react-admin';
import { activities } from '../../../domain/resources';
import { fieldsOf, listProps, monthYear } from '../../fields';

const f = fieldsOf(activities);

export function ActivityList() {
  return (
    <List {...listProps(activities)}>
      <Datagrid bulkActionButtons={false}>
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
