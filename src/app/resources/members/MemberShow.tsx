import {
  Datagrid,
  DateField,
  EmailField,
  NumberField,
  Pagination,
  RecordRepresentation,
  ReferenceManyField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { centres, members } from '../../../domain/resources';
import { ShowActionsWithHistory } from '../audit/AuditHistoryButton';
import { CommuneField } from '../centres/CommuneField';
import { euros, fieldsOf } from '../../fields';

const f = fieldsOf(members);
const c = fieldsOf(centres);

/** A member and the centres it backs (paginated). */
export function MemberShow() {
  return (
    <Show title={<RecordRepresentation />} actions={<ShowActionsWithHistory />}>
      <SimpleShowLayout>
        <TextField {...f('name')} />
        <SelectField {...f.choice('college')} />
        <SelectField {...f.choice('kind')} />
        <TextField {...f('siren')} emptyText="—" />
        <TextField {...f('departmentCode')} emptyText="—" />
        <SelectField {...f.choice('status')} />
        <DateField {...f('joinedOn')} locales="fr-FR" />
        <DateField {...f('leftOn')} locales="fr-FR" emptyText="—" />
        <NumberField {...f('contribution')} locales="fr-FR" options={euros} />
        <TextField {...f('contactName')} emptyText="—" />
        <EmailField {...f('contactEmail')} emptyText="—" />
        <TextField {...f('contactPhone')} emptyText="—" />
        <ReferenceManyField
          label="maillage.members.backedCentres"
          reference="centres"
          target="memberIds"
          sort={{ field: 'name', order: 'ASC' }}
          perPage={10}
          pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
        >
          <Datagrid rowClick="show" bulkActionButtons={false} empty={<span>—</span>}>
            <TextField {...c('name')} />
            <CommuneField {...c('communeCode')} />
            <SelectField {...c.choice('status')} />
            <DateField {...c('openedOn')} locales="fr-FR" emptyText="—" />
          </Datagrid>
        </ReferenceManyField>
      </SimpleShowLayout>
    </Show>
  );
}
