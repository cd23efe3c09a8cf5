import { AutocompleteInput, List, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { documents } from '../../../domain/resources';
import { fieldsOf, listProps } from '../../fields';
import { dateRangeFilters } from '../../forms';
import { DocumentsTable } from './DocumentFields';

const f = fieldsOf(documents);

/**
 * Every candidate's documents, newest first (HR and administrators: the server refuses the others).
 * Uploads happen on a candidate's page, where the file has its person.
 */
export function DocumentList() {
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="kind" {...f.inputChoice('kind')} alwaysOn />,
    <ReferenceInput key="candidateId" source="candidateId" reference="candidates" alwaysOn>
      <AutocompleteInput label="resources.documents.fields.candidateId" />
    </ReferenceInput>,
    ...dateRangeFilters('documents', 'createdAt'),
  ];
  return (
    <List {...listProps(documents)} filters={filters}>
      <DocumentsTable withCandidate />
    </List>
  );
}
