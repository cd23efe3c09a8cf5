import {
  AutocompleteInput,
  Datagrid,
  DateField,
  List,
  NumberField,
  ReferenceField,
  ReferenceInput,
  SimpleList,
  TextInput,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { activities } from '../../../domain/resources';
import { Tertiary, useNarrowScreen } from '../../components/narrow';
import { fieldsOf, listProps, monthYear } from '../../fields';
import { csvExporter, ListActions } from '../../forms';

const f = fieldsOf(activities);

const filters = [
  <ReferenceInput key="centreId" {...f.input('centreId')} reference="centres" sort={{ field: 'name', order: 'ASC' }} alwaysOn>
    <AutocompleteInput label="resources.activities.fields.centreId" filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
  <TextInput key="month_gte" source="month_gte" type="month" label="maillage.network.activities.from" />,
  <TextInput key="month_lte" source="month_lte" type="month" label="maillage.network.activities.to" />,
];

const figures = ['scheduled', 'unscheduled', 'homeVisits', 'outOfHoursShifts', 'newReferringPatients'] as const;

/** On a narrow screen, the five figures of a month on one line, each with its label: « Soins programmés : 412 · … ». */
function Figures() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <>
      {figures
        .map((field) => `${translate(`resources.activities.fields.${field}`)} : ${Number(record[field] ?? 0).toLocaleString('fr-FR')}`)
        .join(' · ')}
    </>
  );
}

/** Monthly activity of the centres, newest month first; a row opens its figures for correction. */
export function ActivityList() {
  const narrow = useNarrowScreen();
  return (
    <List {...listProps(activities)} filters={filters} actions={<ListActions />} exporter={csvExporter(activities)}>
      {narrow ? (
        <SimpleList
          rowClick="edit"
          primaryText={<ReferenceField {...f.reference('centreId')} link={false} />}
          secondaryText={<Figures />}
          tertiaryText={
            <Tertiary>
              <DateField {...f('month')} locales="fr-FR" options={monthYear} />
            </Tertiary>
          }
        />
      ) : (
        <Datagrid rowClick="edit" bulkActionButtons={false}>
          <ReferenceField {...f.reference('centreId')} />
          <DateField {...f('month')} locales="fr-FR" options={monthYear} />
          {figures.map((field) => (
            <NumberField key={field} {...f(field)} locales="fr-FR" />
          ))}
        </Datagrid>
      )}
    </List>
  );
}
