import { Datagrid, FunctionField, List, ReferenceField, SelectField, SelectInput, TextField, type RaRecord } from 'react-admin';
import { frenchDateTime } from '../../../domain/datetime';
import { interviews } from '../../../domain/resources';
import { fieldsOf, listProps } from '../../fields';
import { ListActions } from '../../forms';

const f = fieldsOf(interviews);
const filters = [<SelectInput key="status" {...f.inputChoice('status')} alwaysOn />];

/** Interviews, the latest first: when (Paris time), who, for which position, where it stands. */
export function InterviewList() {
  return (
    <List {...listProps(interviews)} filters={filters} actions={<ListActions />} exporter={false}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <FunctionField {...f('startsAt')} render={(r: RaRecord) => frenchDateTime(String(r.startsAt))} />
        <ReferenceField {...f.reference('candidateId')} sortable={false} link={false} />
        <TextField {...f('positionLabel')} sortable={false} />
        <TextField {...f('location')} />
        <SelectField {...f.choice('status')} />
      </Datagrid>
    </List>
  );
}
