import {
  AutocompleteInput,
  BooleanField,
  Datagrid,
  DateField,
  List,
  NullableBooleanInput,
  NumberField,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  SimpleList,
  TextField,
} from 'react-admin';
import { positions } from '../../../domain/resources';
import { fieldsOf, listProps } from '../../fields';
import { csvExporter, dateRangeFilters, ListActions } from '../../forms';
import { Tertiary, useNarrowScreen } from '../../components/narrow';
import { PublishButton } from './PublishButton';

const f = fieldsOf(positions);

export function PositionList() {
  const narrow = useNarrowScreen();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <ReferenceInput key="centreId" source="centreId" reference="centres" sort={{ field: 'name', order: 'ASC' }} alwaysOn>
      <AutocompleteInput />
    </ReferenceInput>,
    <SelectInput key="profession" source="profession" choices={f.choice('profession').choices} alwaysOn />,
    <SelectInput key="status" source="status" choices={f.choice('status').choices} alwaysOn />,
    <NullableBooleanInput key="published" source="published" />,
    ...dateRangeFilters('positions', 'openedOn'),
  ];
  return (
    <List {...listProps(positions)} filters={filters} actions={<ListActions />} exporter={csvExporter(positions)}>
      {narrow ? (
        <SimpleList
          rowClick="show"
          primaryText={<TextField {...f('title')} emptyText="—" />}
          secondaryText={
            <>
              <ReferenceField {...f.reference('centreId')} link={false} /> · <SelectField {...f.choice('profession')} />
            </>
          }
          tertiaryText={<Tertiary><SelectField {...f.choice('status')} /></Tertiary>}
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField {...f('title')} emptyText="—" />
          <ReferenceField {...f.reference('centreId')} link={false} />
          <SelectField {...f.choice('profession')} />
          <NumberField {...f('fte')} locales="fr-FR" />
          <SelectField {...f.choice('status')} />
          <BooleanField {...f('published')} />
          <DateField {...f('openedOn')} locales="fr-FR" />
          <PublishButton />
        </Datagrid>
      )}
    </List>
  );
}
