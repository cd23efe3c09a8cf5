import {
  ArrayField,
  Datagrid,
  DateField,
  EditButton,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TopToolbar,
} from 'react-admin';
import { applications } from '../../../domain/resources';
import { fieldsOf } from '../../fields';
import { RecordTitle } from '../../forms/titles';
import { ApplicationDocuments } from '../documents/CandidateDocuments';
import { CreateHireFromRecord } from './CreateHireButton';
import { OutcomeReasonFields } from './OutcomeReasonFields';

const f = fieldsOf(applications);

function Actions() {
  return (
    <TopToolbar>
      <CreateHireFromRecord />
      <EditButton />
    </TopToolbar>
  );
}

/** An application, with every stage it went through and when (kept by the server). */
export function ApplicationShow() {
  return (
    <Show actions={<Actions />} title={<RecordTitle />}>
      <SimpleShowLayout>
        <ReferenceField {...f.reference('candidateId')} link="show" />
        <ReferenceField {...f.reference('positionId')} link="show" />
        <ReferenceField {...f.reference('positionId')} label="resources.positions.fields.centreId">
          <ReferenceField source="centreId" reference="centres" />
        </ReferenceField>
        <SelectField {...f.choice('stage')} />
        <DateField {...f('appliedOn')} locales="fr-FR" />
        <DateField {...f('stageOn')} locales="fr-FR" emptyText="—" />
        <OutcomeReasonFields />
        <ArrayField source="stageHistory" label="maillage.recruitment.applications.history">
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <SelectField source="stage" label="resources.applications.fields.stage" choices={f.choice('stage').choices} />
            <DateField source="on" label="resources.applications.fields.stageOn" locales="fr-FR" />
          </Datagrid>
        </ArrayField>
        <ApplicationDocuments />
      </SimpleShowLayout>
    </Show>
  );
}
