import { AutocompleteInput, Datagrid, DateField, List, NumberInput, ReferenceInput, SelectField, SelectInput, useCanAccess, useTranslate } from 'react-admin';
import { audit, resources } from '../../../domain/resources';
import { dateTime, fieldsOf, listProps } from '../../fields';
import { csvExporter, dateRangeFilters, ListActions } from '../../forms';
import { useAuditText } from './messages';
import { RecordLabelField } from './RecordLabelField';
import { UserRefField } from './UserRefField';

const f = fieldsOf(audit);

/**
 * The CSV: who by name (the accounts' names come with the entries, for the Région too, which may not
 * read the accounts), the record's name when the reader may see it, whether its content was withheld.
 */
const exporter = csvExporter(audit, { fields: ['id', 'at', 'userName', 'action', 'resource', 'recordId', 'recordLabel', 'withheld'] });

/** What an entry may be about: every resource (by its plural name), and sign-ins. */
export function useAuditResourceChoices() {
  const translate = useTranslate();
  return [
    ...resources.map((r) => ({ id: r.name, name: translate(`resources.${r.name}.name`, { smart_count: 2 }) })),
    { id: 'auth', name: translate('maillage.network.audit.resources.auth') },
  ];
}

/** The audit log, newest first: who did what, when, to which record (read-only). */
export function AuditList() {
  const { canAccess: canReadUsers } = useCanAccess({ resource: 'users', action: 'list' });
  const auditResourceChoices = useAuditResourceChoices();
  const text = useAuditText();
  const filters = [
    <SelectInput key="action" {...f.inputChoice('action')} alwaysOn />,
    <SelectInput key="resource" {...f.input('resource')} choices={auditResourceChoices} translateChoice={false} alwaysOn />,
    <NumberInput key="recordId" source="recordId" label={text.recordId} min={1} step={1} alwaysOn />,
    ...(canReadUsers
      ? [
          <ReferenceInput key="userId" {...f.input('userId')} reference="users" sort={{ field: 'name', order: 'ASC' }}>
            <AutocompleteInput label="resources.audit.fields.userId" filterToQuery={(q: string) => ({ q })} />
          </ReferenceInput>,
        ]
      : []),
    // « Jusqu’au 31/01 » includes the 31st (the end of the day: `at` is a date-time).
    ...dateRangeFilters('audit', 'at', { labels: ['maillage.network.audit.from', 'maillage.network.audit.to'] }),
  ];
  return (
    <List {...listProps(audit)} filters={filters} actions={<ListActions create={false} />} exporter={exporter}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <DateField {...f('at')} locales="fr-FR" showTime options={dateTime} />
        <UserRefField {...f('userId')} />
        <SelectField {...f.choice('action')} />
        <SelectField {...f('resource')} choices={auditResourceChoices} translateChoice={false} />
        <RecordLabelField {...f('recordId')} />
      </Datagrid>
    </List>
  );
}
