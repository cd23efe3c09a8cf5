import {
  Datagrid,
  DateField,
  EmailField,
  NumberField,
  ReferenceManyField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { centres, members } from '../../../domain/resources';
import { euros, fieldsOf } from '../../fields';

const f = fieldsOf(members);
const c = fieldsOf(centres);

/** A member and the centres it backs. */
export function MemberShow() {
  return (
    <Show>
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
          perPage={100}
        >
          <Datagrid rowClick="show" bulkActionButtons={false} empty={<span>—</span>}>
            <TextField {...c('name')} />
            <TextField {...c('communeCode')} />
            <SelectField {...c.choice('status')} />
            <DateField {...c('openedOn')} locales="fr-FR" />
          </Datagrid>
        </ReferenceManyField>
      </SimpleShowLayout>
    </Show>
  );
}
