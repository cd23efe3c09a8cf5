import {
  BooleanField,
  Datagrid,
  DateField,
  NumberField,
  RecordRepresentation,
  ReferenceArrayField,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { centres, members } from '../../../domain/resources';
import { ChoiceChipsField } from '../../components/ChoiceChipsField';
import { euros, fieldsOf } from '../../fields';

const f = fieldsOf(centres);
const m = fieldsOf(members);

/** A centre, the members that back it, and its antennes. Its name already says « Centre de santé ». */
export function CentreShow() {
  return (
    <Show title={<RecordRepresentation />}>
      <SimpleShowLayout>
        <TextField {...f('name')} />
        <TextField {...f('communeCode')} />
        <TextField {...f('departmentCode')} />
        <TextField {...f('address')} emptyText="—" />
        <SelectField {...f.choice('status')} />
        <DateField {...f('plannedOpeningOn')} locales="fr-FR" emptyText="—" />
        <DateField {...f('openedOn')} locales="fr-FR" emptyText="—" />
        <DateField {...f('closedOn')} locales="fr-FR" emptyText="—" />
        <TextField {...f('finess')} emptyText="—" />
        <ChoiceChipsField {...f.choice('services')} />
        <BooleanField {...f('priorityZone')} />
        <ReferenceField {...f.reference('parentCentreId')} emptyText="—" />
        <NumberField {...f('openingBudget')} locales="fr-FR" options={euros} emptyText="—" />
        <ReferenceArrayField {...f.reference('memberIds')}>
          <Datagrid rowClick="show" bulkActionButtons={false} empty={<span>—</span>}>
            <TextField {...m('name')} />
            <SelectField {...m.choice('college')} />
            <SelectField {...m.choice('kind')} />
            <TextField {...m('departmentCode')} />
          </Datagrid>
        </ReferenceArrayField>
        <ReferenceManyField label="maillage.centres.antennes" reference="centres" target="parentCentreId" sort={{ field: 'name', order: 'ASC' }}>
          <Datagrid rowClick="show" bulkActionButtons={false} empty={<span>—</span>}>
            <TextField {...f('name')} />
            <TextField {...f('communeCode')} />
            <SelectField {...f.choice('status')} />
          </Datagrid>
        </ReferenceManyField>
      </SimpleShowLayout>
    </Show>
  );
}
