import { Alert, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, TextField } from '@mui/material';
import { useEffect, useId, useState } from 'react';
import { useDataProvider, useNotify, useTranslate, type RaRecord } from 'react-admin';
import type { MaillageDataProvider } from '../../../dataProvider';
import { useEmailStatus } from '../../emails/SmtpNotice';

interface Props {
  /** The application just moved to « Refusée »; the dialog is closed when undefined. */
  application?: RaRecord;
  /** The candidate's name, for the title. */
  name: string;
  /** Closed, sent or not: the board gives the focus back to the card. */
  onClose: () => void;
}

type Failure = { message: string; errors?: Record<string, string> };

/**
 * After a card moves to « Refusée »: the refusal message the « Réponse négative » template proposes
 * for this application (POST /api/emails/preview), editable; « Envoyer » queues it as HR left it
 * (POST /api/emails), « Ne pas envoyer » closes. Nothing is sent without HR's click.
 */
export function RefusalEmailDialog({ application, name, onClose }: Props) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<MaillageDataProvider>();
  const titleId = useId();
  const [draft, setDraft] = useState<{ to: string; subject: string; body: string } | undefined>();
  const [failure, setFailure] = useState<Failure | undefined>();
  const [sending, setSending] = useState(false);
  const applicationId = application?.id as number | undefined;
  const { data: status } = useEmailStatus();

  useEffect(() => {
    setDraft(undefined);
    setFailure(undefined);
    if (applicationId === undefined) return;
    let live = true;
    dataProvider.previewEmail({ event: 'refus', applicationId }).then(
      (preview) => live && setDraft({ to: preview.to, subject: preview.subject, body: preview.body }),
      (error: Error & { body?: Failure }) => live && setFailure({ message: error.message }),
    );
    return () => {
      live = false;
    };
  }, [applicationId, dataProvider]);

  const send = async () => {
    if (!draft || applicationId === undefined) return;
    setSending(true);
    setFailure(undefined);
    try {
      await dataProvider.queueEmail({ event: 'refus', applicationId, subject: draft.subject, body: draft.body });
      notify(status && !status.smtpConfigured ? 'maillage.mail.refusal.queuedNoSmtp' : 'maillage.mail.refusal.queued', { type: 'info' });
      onClose();
    } catch (error) {
      const e = error as Error & { body?: Failure };
      setFailure({ message: e.message, errors: e.body?.errors });
    } finally {
      setSending(false);
    }
  };

  return (
    <Dialog open={applicationId !== undefined} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="md" disableRestoreFocus>
      <DialogTitle id={titleId}>{translate('maillage.mail.refusal.title', { name })}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{translate('maillage.mail.refusal.intro')}</DialogContentText>
        {failure && !failure.errors ? (
          <Alert severity="error" sx={{ mb: 2 }}>
            {translate('maillage.mail.refusal.failed', { message: translate(failure.message, { _: failure.message }) })}
          </Alert>
        ) : null}
        {draft ? (
          <Stack spacing={2}>
            <DialogContentText>{translate('maillage.mail.refusal.to', { to: draft.to })}</DialogContentText>
            <TextField
              label={translate('resources.emails.fields.subject')}
              value={draft.subject}
              onChange={(e) => setDraft({ ...draft, subject: e.target.value })}
              error={!!failure?.errors?.subject}
              helperText={failure?.errors?.subject}
              fullWidth
            />
            <TextField
              label={translate('resources.emails.fields.body')}
              value={draft.body}
              onChange={(e) => setDraft({ ...draft, body: e.target.value })}
              error={!!failure?.errors?.body}
              helperText={failure?.errors?.body}
              multiline
              minRows={10}
              fullWidth
            />
          </Stack>
        ) : !failure ? (
          <Stack direction="row" spacing={1} alignItems="center" role="status">
            <CircularProgress size={20} aria-hidden />
            <span>{translate('maillage.mail.refusal.loading')}</span>
          </Stack>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('maillage.mail.refusal.skip')}</Button>
        <Button variant="contained" onClick={send} disabled={!draft || sending}>
          {translate('maillage.mail.refusal.send')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
