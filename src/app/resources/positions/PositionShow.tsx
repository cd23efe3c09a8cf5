import {
  BooleanField,
  Datagrid,
  DateField,
  EditButton,
  NumberField,
  RecordRepresentation,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useCanAccess,
} from 'react-admin';
import { applications, positions } from '../../../domain/resources';
import { fieldsOf } from '../../fields';
import { AuditHistoryButton } from '../audit/AuditHistoryButton';
import { PublishButton } from './PublishButton';

const f = fieldsOf(positions);
const a = fieldsOf(applications);

function Actions() {
  return (
    <TopToolbar>
      <PublishButton />
      <EditButton />
      <AuditHistoryButton />
    </TopToolbar>
  );
}

/** A position and the applications it received (those are only readable by HR and administrators). */
export function PositionShow() {
  return (
    <Show title={<RecordRepresentation />} actions={<Actions />}>
      <SimpleShowLayout>
        <TextField {...f('title')} emptyText="—" />
        <ReferenceField {...f.reference('centreId')} />
        <SelectField {...f.choice('profession')} />
        <NumberField {...f('fte')} locales="fr-FR" />
        <SelectField {...f.choice('status')} />
        <BooleanField {...f('published')} />
        <DateField {...f('openedOn')} locales="fr-FR" />
        <PositionApplications />
      </SimpleShowLayout>
    </Show>
  );
}

function PositionApplications() {
  const { canAccess } = useCanAccess({ resource: 'applications', action: 'list' });
  if (!canAccess) return null;
  return (
    <ReferenceManyField label="maillage.recruitment.positions.applications" reference="applications" target="positionId" sort={{ field: 'stageOn', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false} empty={<span>—</span>}>
        <ReferenceField {...a.reference('candidateId')} link={false} />
        <SelectField {...a.choice('stage')} />
        <DateField {...a('appliedOn')} locales="fr-FR" />
        <DateField {...a('stageOn')} locales="fr-FR" emptyText="—" />
      </Datagrid>
    </ReferenceManyField>
  );
}
