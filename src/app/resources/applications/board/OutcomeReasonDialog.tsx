import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, TextField } from '@mui/material';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslate } from 'react-admin';
import { outcomeReasonChoices, outcomeReasonError } from '../../../../domain/resources/applications';

export interface OutcomeReason {
  outcomeReason: string;
  outcomeNote: string | null;
}

interface Props {
  /** The outcome the card is moving to (« Refusée » or « Retirée »); the dialog is closed when undefined. */
  stage?: 'refusee' | 'retiree';
  /** The candidate's name, for the title. */
  name: string;
  /** The reason chosen: the board saves the move with it. */
  onConfirm: (reason: OutcomeReason) => void;
  /** Cancelled: the card stays where it was. */
  onCancel: () => void;
}

/**
 * Before a card moves to « Refusée » or « Retirée »: why (a reason of that outcome's list, required,
 * as the server requires it) and a few optional words. Nothing is saved before « Enregistrer ». A native
 * select: the keyboard and screen readers use it as any form control.
 */
export function OutcomeReasonDialog({ stage, name, onConfirm, onCancel }: Props) {
  const translate = useTranslate();
  const titleId = useId();
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    setReason('');
    setNote('');
    setError(undefined);
  }, [stage, name]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!stage) return;
    const problem = outcomeReasonError(stage, reason);
    if (problem) return setError(problem);
    if (note.length > 1000) return;
    onConfirm({ outcomeReason: reason, outcomeNote: note.trim() ? note : null });
  };

  return (
    <Dialog open={stage !== undefined} onClose={onCancel} aria-labelledby={titleId} fullWidth maxWidth="sm" disableRestoreFocus>
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{stage ? translate(`maillage.outcomes.dialog.${stage}`, { name }) : null}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            {stage ? translate('maillage.outcomes.dialog.intro', { stage: translate(`maillage.enums.stages.${stage}`) }) : null}
          </DialogContentText>
          <Stack spacing={2}>
            <TextField
              select
              required
              autoFocus
              label={translate('maillage.outcomes.dialog.reason')}
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
                setError(undefined);
              }}
              error={!!error}
              helperText={error}
              slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
              fullWidth
            >
              <option value="">{translate('maillage.outcomes.dialog.choose')}</option>
              {outcomeReasonChoices(stage).map((c) => (
                <option key={c.id} value={c.id}>
                  {translate(`maillage.enums.${stage === 'refusee' ? 'refusalReasons' : 'withdrawalReasons'}.${c.id}`, { _: c.name })}
                </option>
              ))}
            </TextField>
            <TextField
              label={translate('maillage.outcomes.dialog.note')}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              error={note.length > 1000}
              helperText={translate('maillage.outcomes.dialog.noteHelp')}
              multiline
              minRows={3}
              fullWidth
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onCancel}>{translate('maillage.outcomes.dialog.cancel')}</Button>
          <Button type="submit" variant="contained">
            {translate('maillage.outcomes.dialog.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
