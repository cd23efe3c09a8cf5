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
import { euros, fieldsOf } from '../../fields';
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
        <TextField {...f('description')} emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
        <TextField {...f('requirements')} emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
        <SelectField {...f.choice('contract')} emptyText="—" />
        <NumberField {...f('salaryMin')} locales="fr-FR" options={euros} emptyText="—" />
        <NumberField {...f('salaryMax')} locales="fr-FR" options={euros} emptyText="—" />
        <DateField {...f('plannedStartOn')} locales="fr-FR" emptyText="—" />
        <DateField {...f('publishedOn')} locales="fr-FR" emptyText="—" />
        <DateField {...f('closesOn')} locales="fr-FR" emptyText="—" />
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
