import { ReferenceField, TextField, useCanAccess, useRecordContext, type FieldProps } from 'react-admin';

/**
 * Who did it: the account's name for those who may read accounts (administrators), its number for
 * the others (the Région reads the journal but not the accounts: the server refuses them).
 */
export function UserRefField(props: FieldProps & { source: string }) {
  const record = useRecordContext();
  const { canAccess } = useCanAccess({ resource: 'users', action: 'list' });
  if (record?.[props.source] == null) return <span>—</span>;
  return canAccess ? <ReferenceField {...props} reference="users" link={false} /> : <TextField {...props} />;
}
