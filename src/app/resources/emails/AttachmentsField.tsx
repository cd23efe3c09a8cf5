import AttachFileIcon from '@mui/icons-material/AttachFile';
import { List, ListItem, ListItemIcon, ListItemText, Typography } from '@mui/material';
import { useLocale, useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { EmailAttachment } from '../../../domain/resources/emails';
import { intlLocale } from '../../i18n';

/** The bytes an attachment holds: its text's UTF-8 length, or what its base64 decodes to. */
function sizeOf(a: EmailAttachment) {
  if (a.encoding === 'base64') return Math.floor((a.content.length * 3) / 4) - (a.content.endsWith('==') ? 2 : a.content.endsWith('=') ? 1 : 0);
  return new TextEncoder().encode(a.content).length;
}

/** A message's attachments by name, type and size (an invitation's .ics); « Aucune pièce jointe » otherwise. */
export function AttachmentsField(_props: FieldProps & { source: string }) {
  const translate = useTranslate();
  const locale = intlLocale(useLocale());
  const record = useRecordContext();
  const attachments = (record?.attachments ?? []) as EmailAttachment[];
  if (!attachments.length)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('maillage.mail.outbox.noAttachment')}
      </Typography>
    );
  const size = (bytes: number) =>
    bytes < 1024 ? `${bytes.toLocaleString(locale)} o` : `${(bytes / 1024).toLocaleString(locale, { maximumFractionDigits: 1 })} Ko`;
  return (
    <List dense disablePadding>
      {attachments.map((a, index) => (
        <ListItem key={index} disableGutters>
          <ListItemIcon sx={{ minWidth: 32 }}>
            <AttachFileIcon fontSize="small" aria-hidden />
          </ListItemIcon>
          <ListItemText primary={translate('maillage.mail.outbox.attachment', { name: a.fileName, type: a.mediaType.split(';')[0], size: size(sizeOf(a)) })} />
        </ListItem>
      ))}
    </List>
  );
}
