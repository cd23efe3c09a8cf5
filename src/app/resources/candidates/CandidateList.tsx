import {
  Datagrid,
  DateField,
  EmailField,
  List,
  SearchInput,
  SelectField,
  SelectInput,
  SimpleList,
  TextField,
} from 'react-admin';
import { candidates } from '../../../domain/resources';
import { fieldsOf, listProps } from '../../fields';
import { csvExporter, dateRangeFilters, ListActions } from '../../forms';
import { Tertiary, useNarrowScreen } from '../../components/narrow';

const f = fieldsOf(candidates);

/** Candidates: personal data, readable by HR and administrators only (the server refuses the others). */
export function CandidateList() {
  const narrow = useNarrowScreen();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="profession" source="profession" choices={f.choice('profession').choices} alwaysOn />,
    <SelectInput key="source" source="source" choices={f.choice('source').choices} alwaysOn />,
    ...dateRangeFilters('candidates', 'consentUntil'),
    ...dateRangeFilters('candidates', 'createdAt'),
  ];
  return (
    <List {...listProps(candidates)} filters={filters} actions={<ListActions />} exporter={csvExporter(candidates)}>
      {narrow ? (
        <SimpleList
          rowClick="show"
          primaryText={(r) => `${r.lastName} ${r.firstName}`}
          secondaryText={
            <>
              <SelectField {...f.choice('profession')} /> · <TextField {...f('email')} />
            </>
          }
          tertiaryText={<Tertiary><SelectField {...f.choice('source')} /></Tertiary>}
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField {...f('lastName')} />
          <TextField {...f('firstName')} />
          <SelectField {...f.choice('profession')} />
          <EmailField {...f('email')} onClick={(e) => e.stopPropagation()} />
          <TextField {...f('rpps')} emptyText="—" />
          <SelectField {...f.choice('source')} />
          <DateField {...f('consentUntil')} locales="fr-FR" />
        </Datagrid>
      )}
    </List>
  );
}
