import {
  Datagrid,
  DateField,
  EmailField,
  RecordRepresentation,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  Show,
  TabbedShowLayout,
  TextField,
} from 'react-admin';
import { applications, candidates } from '../../../domain/resources';
import { fieldsOf } from '../../fields';
import { ShowActionsWithHistory } from '../audit/AuditHistoryButton';
import { CandidateDocumentsTab } from '../documents/CandidateDocuments';
import { CandidateFollowUp } from './CandidateFollowUp';
import { ExportDataButton } from './ExportDataButton';

const f = fieldsOf(candidates);
const a = fieldsOf(applications);

/** A candidate and their applications (position, centre through the position, stage); their documents in a tab. */
export function CandidateShow() {
  return (
    <Show title={<RecordRepresentation />} actions={<ShowActionsWithHistory><ExportDataButton /></ShowActionsWithHistory>}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="maillage.documents.details">
          <TextField {...f('lastName')} />
          <TextField {...f('firstName')} />
          <EmailField {...f('email')} />
          <TextField {...f('phone')} emptyText="—" />
          <SelectField {...f.choice('profession')} />
          <TextField {...f('rpps')} emptyText="—" />
          <SelectField {...f.choice('source')} />
          <DateField {...f('consentUntil')} locales="fr-FR" />
          <TextField {...f('notes')} emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
          <ReferenceManyField label="maillage.recruitment.candidates.applications" reference="applications" target="candidateId" sort={{ field: 'stageOn', order: 'DESC' }}>
            <Datagrid rowClick="show" bulkActionButtons={false} empty={<span>—</span>}>
              <ReferenceField {...a.reference('positionId')} link={false} />
              <ReferenceField {...a.reference('positionId')} label="resources.positions.fields.centreId" link={false} sortable={false}>
                <ReferenceField source="centreId" reference="centres" link={false} />
              </ReferenceField>
              <SelectField {...a.choice('stage')} />
              <DateField {...a('appliedOn')} locales="fr-FR" />
              <DateField {...a('stageOn')} locales="fr-FR" emptyText="—" />
            </Datagrid>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <CandidateDocumentsTab path="documents" />
        <TabbedShowLayout.Tab label="maillage.interviews.tab" path="suivi"><CandidateFollowUp /></TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}

