import { DateField, Labeled, RecordRepresentation, SelectField, Show, SimpleShowLayout, TopToolbar } from 'react-admin';
import { audit } from '../../../domain/resources';
import { dateTime, fieldsOf } from '../../fields';
import { AuditDiff } from './AuditDiff';
import { useAuditResourceChoices } from './AuditList';
import { RecordLabelField } from './RecordLabelField';
import { UserRefField } from './UserRefField';

const f = fieldsOf(audit);

/** One audit entry: who, when, what, and the record before and after, field by field (read-only). */
export function AuditShow() {
  const auditResourceChoices = useAuditResourceChoices();
  return (
    <Show actions={<TopToolbar />} title={<RecordRepresentation />}>
      <SimpleShowLayout>
        <DateField {...f('at')} locales="fr-FR" showTime options={dateTime} />
        <UserRefField {...f('userId')} />
        <SelectField {...f.choice('action')} />
        <SelectField {...f('resource')} choices={auditResourceChoices} translateChoice={false} />
        <RecordLabelField {...f('recordId')} />
        <Labeled label="maillage.network.audit.diff" fullWidth>
          <AuditDiff />
        </Labeled>
      </SimpleShowLayout>
    </Show>
  );
}
