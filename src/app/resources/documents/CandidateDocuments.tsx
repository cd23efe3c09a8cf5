import { ReferenceManyField, TabbedShowLayout, useRecordContext, type TabProps } from 'react-admin';
import { DocumentsTable } from './DocumentFields';
import { DocumentUpload } from './DocumentUpload';

/** A candidate's documents, newest first, and the form to add one. */
export function CandidateDocuments() {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <>
      <ReferenceManyField reference="documents" target="candidateId" sort={{ field: 'createdAt', order: 'DESC' }} perPage={100}>
        <DocumentsTable />
      </ReferenceManyField>
      <DocumentUpload candidateId={Number(record.id)} />
    </>
  );
}

/**
 * The « Documents » tab of a candidate's page, mounted in one line: `<CandidateDocumentsTab path="documents" />`
 * (TabbedShowLayout reads `path` from the element it is given, and passes the header/content props through).
 */
export function CandidateDocumentsTab(props: Omit<TabProps, 'label' | 'children'>) {
  return (
    <TabbedShowLayout.Tab {...props} label="maillage.documents.tab">
      <CandidateDocuments />
    </TabbedShowLayout.Tab>
  );
}

/** The documents tied to an application, on its page. */
export function ApplicationDocuments() {
  return (
    <ReferenceManyField reference="documents" target="applicationId" sort={{ field: 'createdAt', order: 'DESC' }} perPage={100} label="maillage.documents.applicationTitle">
      <DocumentsTable withApplication={false} />
    </ReferenceManyField>
  );
}
