import EventBusyIcon from '@mui/icons-material/EventBusy';
import { Dialog, DialogActions, DialogContent, DialogTitle, Button as MuiButton, Stack, TextField } from '@mui/material';
import { useId, useState } from 'react';
import { Button, useCanAccess, useNotify, useRecordContext, useRefresh, useTranslate, useUpdate } from 'react-admin';
import { isoToFrench, parseFrenchDate } from '../../forms/dates';
import { todayInFrance } from '../../../domain/calendar';

/**
 * « Mettre fin au contrat »: asks the end date and the reason, then ONE update of `endOn`, `endReason`
 * and `version`. Offered while the contract runs, to the roles that may update hires.
 */
export function EndContractButton() {
  const record = useRecordContext();
  const { canAccess } = useCanAccess({ resource: 'hires', action: 'edit', record });
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [endText, setEndText] = useState(() => isoToFrench(todayInFrance()));
  const [endReason, setEndReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [update, { isPending }] = useUpdate();
  const titleId = useId();
  if (!record || !canAccess) return null;
  if (record.endOn && record.endOn < todayInFrance()) return null;
  const name = `${record.firstName} ${record.lastName}`;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = parseFrenchDate(endText);
    if (parsed.kind === 'empty') return setError(translate('maillage.recruitment.hires.endRequired'));
    if (parsed.kind === 'invalid') return setError(translate(parsed.error));
    const endOn = parsed.iso;
    update(
      'hires',
      { id: record.id, data: { endOn, endReason: endReason || null, version: record.version }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setOpen(false);
          notify('maillage.recruitment.hires.ended', { type: 'info' });
          refresh();
        },
        onError: (e) => {
          const body = (e as { body?: { errors?: Record<string, string> } }).body;
          const message = (e as Error).message;
          setError(body?.errors?.endOn ?? translate(message, { _: message }));
        },
      },
    );
  };

  return (
    <>
      <Button label="maillage.recruitment.hires.end" onClick={(e) => (e.stopPropagation(), setOpen(true))}>
        <EventBusyIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId}>
        <form onSubmit={submit} noValidate>
          <DialogTitle id={titleId}>{translate('maillage.recruitment.hires.endTitle', { name })}</DialogTitle>
          <DialogContent>
            <Stack spacing={2} sx={{ pt: 1, minWidth: { sm: 360 } }}>
              {/* Typed jj/mm/aaaa like every date of the app (forms/DateInput); checked on submit. */}
              <TextField
                label={translate('maillage.recruitment.hires.endOn')}
                value={endText}
                onChange={(e) => (setEndText(e.target.value), setError(null))}
                required
                error={!!error}
                helperText={error ?? translate('maillage.forms.date.hint')}
                placeholder={translate('maillage.forms.date.placeholder')}
                slotProps={{ inputLabel: { shrink: true }, htmlInput: { autoComplete: 'off', maxLength: 10 } }}
              />
              <TextField
                label={translate('maillage.recruitment.hires.endReason')}
                value={endReason}
                onChange={(e) => setEndReason(e.target.value)}
                slotProps={{ htmlInput: { maxLength: 300 } }}
              />
            </Stack>
          </DialogContent>
          <DialogActions>
            <MuiButton onClick={() => setOpen(false)}>{translate('maillage.recruitment.hires.cancel')}</MuiButton>
            <MuiButton type="submit" variant="contained" disabled={isPending}>
              {translate('maillage.recruitment.hires.confirm')}
            </MuiButton>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
}
