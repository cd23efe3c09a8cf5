import { Chip } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';

const looks = {
  en_attente: { color: 'default', variant: 'outlined' },
  envoye: { color: 'success', variant: 'filled' },
  echec: { color: 'error', variant: 'filled' },
} as const;

/** A message's status as a chip in the app's language: outlined while waiting, green once sent, red on failure. */
export function EmailStatusField(_props: FieldProps & { source: string }) {
  const translate = useTranslate();
  const record = useRecordContext();
  const status = record?.status as keyof typeof looks | undefined;
  if (!status) return null;
  const look = looks[status] ?? looks.en_attente;
  return <Chip size="small" color={look.color} variant={look.variant} label={translate(`maillage.enums.emailStatuses.${status}`)} />;
}
