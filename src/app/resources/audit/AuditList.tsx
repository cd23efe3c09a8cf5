import { AutocompleteInput, Datagrid, DateField, DateInput, List, ReferenceInput, SelectField, SelectInput, TextField, useCanAccess, useTranslate } from 'react-admin';
import { audit, resources } from '../../../domain/resources';
import { dateTime, fieldsOf, listProps } from '../../fields';
import { csvExporter, ListActions } from '../../forms';
import { UserRefField } from './UserRefField';

const f = fieldsOf(audit);

/** What an entry may be about: every resource (by its plural name), and sign-ins. */
export function useAuditResourceChoices() {
  const translate = useTranslate();
  return [
    ...resources.map((r) => ({ id: r.name, name: translate(`resources.${r.name}.name`, { smart_count: 2 }) })),
    { id: 'auth', name: translate('maillage.network.audit.resources.auth') },
  ];
}

/** The end of the chosen day, so that « jusqu’au 31/01 » includes the 31st. */
const endOfDay = (v: string | null) => (v ? `${v}T23:59:59.999` : v);
const dayOf = (v: string | null) => (v ? v.slice(0, 10) : v);

/** The audit log, newest first: who did what, when, to which record (read-only). */
export function AuditList() {
  const { canAccess: canReadUsers } = useCanAccess({ resource: 'users', action: 'list' });
  const auditResourceChoices = useAuditResourceChoices();
  const filters = [
    <SelectInput key="action" {...f.inputChoice('action')} alwaysOn />,
    <SelectInput key="resource" {...f.input('resource')} choices={auditResourceChoices} translateChoice={false} alwaysOn />,
    ...(canReadUsers
      ? [
          <ReferenceInput key="userId" {...f.input('userId')} reference="users" sort={{ field: 'name', order: 'ASC' }}>
            <AutocompleteInput label="resources.audit.fields.userId" filterToQuery={(q: string) => ({ q })} />
          </ReferenceInput>,
        ]
      : []),
    <DateInput key="at_gte" source="at_gte" label="maillage.network.audit.from" />,
    <DateInput key="at_lte" source="at_lte" label="maillage.network.audit.to" parse={endOfDay} format={dayOf} />,
  ];
  return (
    <List {...listProps(audit)} filters={filters} actions={<ListActions create={false} />} exporter={csvExporter(audit)}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <DateField {...f('at')} locales="fr-FR" showTime options={dateTime} />
        <UserRefField {...f('userId')} />
        <SelectField {...f.choice('action')} />
        <SelectField {...f('resource')} choices={auditResourceChoices} translateChoice={false} />
        <TextField {...f('recordId')} emptyText="—" />
      </Datagrid>
    </List>
  );
}
