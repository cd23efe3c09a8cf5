import EventIcon from '@mui/icons-material/Event';
import { Button } from '@mui/material';
import { useNotify, useRecordContext, useTranslate } from 'react-admin';

/**
 * « Télécharger l'invitation (.ics) »: fetched (so that the demo's service worker answers it too) and
 * saved under the name the server gives, for the user's calendar.
 */
export function DownloadIcsButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  if (!record?.id) return null;
  const download = async () => {
    const response = await fetch(`/api/interviews/${record.id}/ics`, { credentials: 'same-origin' });
    if (!response.ok) {
      const body = await response.json().catch(() => ({}));
      notify(body.message ?? 'maillage.errors.request', { type: 'error' });
      return;
    }
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = `entretien-${record.id}.ics`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <Button variant="outlined" startIcon={<EventIcon />} onClick={download}>
      {translate('maillage.interviews.form.download')}
    </Button>
  );
}
