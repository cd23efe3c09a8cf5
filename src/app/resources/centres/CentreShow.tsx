import {
  BooleanField,
  Datagrid,
  DateField,
  NumberField,
  Pagination,
  RecordRepresentation,
  ReferenceArrayField,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  Show,
  TabbedShowLayout,
  TextField,
  useGetResourceLabel,
} from 'react-admin';
import { activities, centres, hires, members, positions } from '../../../domain/resources';
import { ChoiceChipsField } from '../../components/ChoiceChipsField';
import { euros, fieldsOf } from '../../fields';
import { MonthField } from '../../forms';
import { ShowActionsWithHistory } from '../audit/AuditHistoryButton';
import { CommuneField } from './CommuneField';

const f = fieldsOf(centres);
const m = fieldsOf(members);
const p = fieldsOf(positions);
const h = fieldsOf(hires);
const a = fieldsOf(activities);
const pagination = <Pagination rowsPerPageOptions={[10, 25, 50]} />;
const none = <span>—</span>;

/**
 * A centre: its record, backing members and antennes; then its positions, its staff and its monthly
 * activity, each a paginated list of the records attached to it. Its name already says « Centre de santé ».
 */
export function CentreShow() {
  // « Centre de santé »: the resource's name is a plural entry, asked for in the singular.
  const getResourceLabel = useGetResourceLabel();
  return (
    <Show title={<RecordRepresentation />} actions={<ShowActionsWithHistory />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label={getResourceLabel('centres', 1)}>
          <TextField {...f('name')} />
          <CommuneField {...f('communeCode')} />
          <TextField {...f('departmentCode')} />
          <TextField {...f('address')} emptyText="—" />
          <SelectField {...f.choice('status')} />
          <DateField {...f('plannedOpeningOn')} locales="fr-FR" emptyText="—" />
          <DateField {...f('openedOn')} locales="fr-FR" emptyText="—" />
          <DateField {...f('closedOn')} locales="fr-FR" emptyText="—" />
          <TextField {...f('finess')} emptyText="—" />
          <ChoiceChipsField {...f.choice('services')} />
          <BooleanField {...f('priorityZone')} />
          <ReferenceField {...f.reference('parentCentreId')} emptyText="—" />
          <NumberField {...f('openingBudget')} locales="fr-FR" options={euros} emptyText="—" />
          <ReferenceArrayField {...f.reference('memberIds')}>
            <Datagrid rowClick="show" bulkActionButtons={false} empty={none}>
              <TextField {...m('name')} />
              <SelectField {...m.choice('college')} />
              <SelectField {...m.choice('kind')} />
              <TextField {...m('departmentCode')} />
            </Datagrid>
          </ReferenceArrayField>
          <ReferenceManyField label="maillage.centres.antennes" reference="centres" target="parentCentreId" sort={{ field: 'name', order: 'ASC' }}>
            <Datagrid rowClick="show" bulkActionButtons={false} empty={none}>
              <TextField {...f('name')} />
              <CommuneField {...f('communeCode')} />
              <SelectField {...f.choice('status')} />
            </Datagrid>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="maillage.network.centres.positions" path="postes">
          <ReferenceManyField reference="positions" target="centreId" sort={{ field: 'openedOn', order: 'DESC' }} perPage={10} pagination={pagination} label={false}>
            <Datagrid rowClick="show" bulkActionButtons={false} empty={none}>
              <TextField {...p('title')} emptyText="—" />
              <SelectField {...p.choice('profession')} />
              <NumberField {...p('fte')} locales="fr-FR" />
              <SelectField {...p.choice('status')} />
              <BooleanField {...p('published')} />
              <DateField {...p('openedOn')} locales="fr-FR" />
            </Datagrid>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="maillage.network.centres.hires" path="salaries">
          <ReferenceManyField reference="hires" target="centreId" sort={{ field: 'startOn', order: 'DESC' }} perPage={10} pagination={pagination} label={false}>
            <Datagrid rowClick="show" bulkActionButtons={false} empty={none}>
              <TextField {...h('lastName')} />
              <TextField {...h('firstName')} />
              <SelectField {...h.choice('profession')} />
              <SelectField {...h.choice('contract')} />
              <NumberField {...h('fte')} locales="fr-FR" />
              <DateField {...h('startOn')} locales="fr-FR" />
              <DateField {...h('endOn')} locales="fr-FR" emptyText="—" />
            </Datagrid>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="maillage.network.centres.activity" path="activite">
          <ReferenceManyField reference="activities" target="centreId" sort={{ field: 'month', order: 'DESC' }} perPage={12} pagination={<Pagination rowsPerPageOptions={[12, 24, 48]} />} label={false}>
            <Datagrid rowClick="edit" bulkActionButtons={false} empty={none}>
              <MonthField {...a('month')} />
              <NumberField {...a('scheduled')} locales="fr-FR" />
              <NumberField {...a('unscheduled')} locales="fr-FR" />
              <NumberField {...a('homeVisits')} locales="fr-FR" />
              <NumberField {...a('outOfHoursShifts')} locales="fr-FR" />
              <NumberField {...a('newReferringPatients')} locales="fr-FR" />
            </Datagrid>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
