import {
  AutocompleteInput,
  CreateButton,
  Datagrid,
  DateField,
  ExportButton,
  FilterButton,
  List,
  ReferenceField,
  ReferenceInput,
  SelectField,
  SelectInput,
  SimpleList,
  TextField,
  TopToolbar,
} from 'react-admin';
import { applications } from '../../../domain/resources';
import { fieldsOf, listProps } from '../../fields';
import { csvExporter, dateRangeFilters, NarrowSortButton } from '../../forms';
import { Tertiary, useNarrowScreen } from '../../components/narrow';
import { CreateHireFromRecord } from './CreateHireButton';
import { ViewToggle } from './ViewToggle';

const f = fieldsOf(applications);

function Actions() {
  return (
    <TopToolbar sx={{ alignItems: 'center' }}>
      <ViewToggle current="list" />
      <NarrowSortButton />
      <FilterButton />
      <CreateButton />
      <ExportButton />
    </TopToolbar>
  );
}

export function ApplicationList() {
  const narrow = useNarrowScreen();
  const filters = [
    <SelectInput key="stage" source="stage" choices={f.choice('stage').choices} alwaysOn />,
    <ReferenceInput key="candidateId" source="candidateId" reference="candidates" sort={{ field: 'lastName', order: 'ASC' }} alwaysOn>
      <AutocompleteInput />
    </ReferenceInput>,
    <ReferenceInput key="positionId" source="positionId" reference="positions" alwaysOn>
      <AutocompleteInput />
    </ReferenceInput>,
    ...dateRangeFilters('applications', 'appliedOn'),
    ...dateRangeFilters('applications', 'stageOn'),
  ];
  return (
    <List {...listProps(applications)} filters={filters} actions={<Actions />} exporter={csvExporter(applications)}>
      {narrow ? (
        <SimpleList
          rowClick="show"
          primaryText={<ReferenceField {...f.reference('candidateId')} link={false} />}
          secondaryText={<ReferenceField {...f.reference('positionId')} link={false} />}
          tertiaryText={<Tertiary><SelectField {...f.choice('stage')} /></Tertiary>}
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField {...f('id')} />
          <ReferenceField {...f.reference('candidateId')} link={false} />
          <ReferenceField {...f.reference('positionId')} link={false} />
          <SelectField {...f.choice('stage')} />
          <DateField {...f('appliedOn')} locales="fr-FR" />
          <DateField {...f('stageOn')} locales="fr-FR" emptyText="—" />
          <CreateHireFromRecord />
        </Datagrid>
      )}
    </List>
  );
}
