import { useRecordContext, type FieldProps } from 'react-admin';

/**
 * Who did it: the account's name, which the server adds to each entry (`userName`) for every reader
 * of the log (the Région may not read the accounts themselves); its number if the account is gone.
 */
export function UserRefField(props: FieldProps & { source: string }) {
  const record = useRecordContext();
  const id = record?.[props.source];
  if (id == null) return <span>—</span>;
  return <span>{typeof record?.userName === 'string' && record.userName ? record.userName : `n° ${id}`}</span>;
}
