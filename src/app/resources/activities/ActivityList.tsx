import {
  AutocompleteInput,
  Datagrid,
  List,
  NumberField,
  ReferenceField,
  ReferenceInput,
  SimpleList,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { activities } from '../../../domain/resources';
import { Tertiary, useNarrowScreen } from '../../components/narrow';
import { fieldsOf, listProps } from '../../fields';
import { csvExporter, ListActions, MonthField, MonthInput } from '../../forms';
import { intlLocale } from '../../i18n';

const f = fieldsOf(activities);

const filters = [
  <ReferenceInput key="centreId" {...f.input('centreId')} reference="centres" sort={{ field: 'name', order: 'ASC' }} alwaysOn>
    <AutocompleteInput label="resources.activities.fields.centreId" filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
  <MonthInput key="month_gte" source="month_gte" label="maillage.network.activities.from" helperText={false} />,
  <MonthInput key="month_lte" source="month_lte" label="maillage.network.activities.to" helperText={false} />,
];

const figures = ['scheduled', 'unscheduled', 'homeVisits', 'outOfHoursShifts', 'newReferringPatients'] as const;

/** On a narrow screen, the five figures of a month on one line, each with its label: « Soins programmés : 412 · … ». */
function Figures() {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale = 'fr'] = useLocaleState();
  if (!record) return null;
  return (
    <>
      {figures
        .map((field) =>
          translate('maillage.network.activities.figure', {
            label: translate(`resources.activities.fields.${field}`),
            value: Number(record[field] ?? 0).toLocaleString(intlLocale(locale)),
          }),
        )
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
              <MonthField {...f('month')} />
            </Tertiary>
          }
        />
      ) : (
        <Datagrid rowClick="edit" bulkActionButtons={false}>
          <ReferenceField {...f.reference('centreId')} />
          <MonthField {...f('month')} />
          {figures.map((field) => (
            <NumberField key={field} {...f(field)} locales="fr-FR" />
          ))}
        </Datagrid>
      )}
    </List>
  );
}
