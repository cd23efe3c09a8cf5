import ReplayIcon from '@mui/icons-material/Replay';
import { useState } from 'react';
import { Button, useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { MaillageDataProvider } from '../../dataProvider';

/** « Renvoyer »: puts a message in « échec » back in the queue (POST /api/emails/<id>/retry); shown on failed messages only. */
export function RetryButton() {
  const record = useRecordContext();
  const dataProvider = useDataProvider<MaillageDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [pending, setPending] = useState(false);
  if (!record || record.status !== 'echec') return null;
  const retry = async () => {
    setPending(true);
    try {
      await dataProvider.retryEmail(record.id);
      notify('maillage.mail.outbox.retried', { type: 'info' });
      refresh();
    } catch (error) {
      notify('maillage.mail.outbox.retryFailed', { type: 'error', messageArgs: { message: (error as Error).message } });
    } finally {
      setPending(false);
    }
  };
  return (
    <Button label="maillage.mail.outbox.retry" onClick={retry} disabled={pending}>
      <ReplayIcon />
    </Button>
  );
}
