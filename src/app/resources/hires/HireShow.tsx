import {
  BooleanField,
  DateField,
  EditButton,
  NumberField,
  RecordRepresentation,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { hires } from '../../../domain/resources';
import { fieldsOf } from '../../fields';
import { AuditHistoryButton } from '../audit/AuditHistoryButton';
import { EndContractButton } from './EndContractButton';

const f = fieldsOf(hires);

function Actions() {
  return (
    <TopToolbar>
      <EndContractButton />
      <EditButton />
      <AuditHistoryButton />
    </TopToolbar>
  );
}

export function HireShow() {
  return (
    <Show title={<RecordRepresentation />} actions={<Actions />}>
      <SimpleShowLayout>
        <TextField {...f('lastName')} />
        <TextField {...f('firstName')} />
        <SelectField {...f.choice('profession')} />
        <TextField {...f('rpps')} emptyText="—" />
        <ReferenceField {...f.reference('centreId')} />
        <SelectField {...f.choice('contract')} />
        <NumberField {...f('fte')} locales="fr-FR" />
        <DateField {...f('startOn')} locales="fr-FR" />
        <DateField {...f('endOn')} locales="fr-FR" emptyText="—" />
        <TextField {...f('endReason')} emptyText="—" />
        <BooleanField {...f('msu')} />
        <BooleanField {...f('outOfHours')} />
        <ReferenceField {...f.reference('applicationId')} emptyText="—" />
      </SimpleShowLayout>
    </Show>
  );
}
