import { Box, Button, Card, CardContent, List, ListItem, ListItemText, Rating, TextField, Typography } from '@mui/material';
import { visuallyHidden } from '@mui/utils';
import { useEffect, useId, useState } from 'react';
import { useCreate, useGetIdentity, useGetList, useGetMany, useNotify, useRecordContext, useTranslate, useUpdate, type RaRecord } from 'react-admin';

/**
 * The panel's feedback on an interview: everyone's (hr and admin read all), and for a signed-in panel
 * member their own, given or changed here. The rating is five radio buttons in a fieldset (MUI
 * Rating): arrows move between them, a screen reader says « 4 sur 5 » and the group's legend.
 */
export function FeedbackPanel() {
  const interview = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const { identity } = useGetIdentity();
  const titleId = useId();
  const commentId = useId();
  const ratingName = useId();
  const { data: feedback = [], refetch } = useGetList<RaRecord>(
    'interview-feedback',
    { filter: { interviewId: interview?.id }, pagination: { page: 1, perPage: 100 }, sort: { field: 'createdAt', order: 'ASC' } },
    { enabled: !!interview?.id },
  );
  const panel: number[] = (interview?.panelUserIds as number[] | undefined) ?? [];
  const authorIds = [...new Set([...panel, ...feedback.map((f) => f.userId as number)])];
  const { data: people = [] } = useGetMany('interviewers', { ids: authorIds }, { enabled: authorIds.length > 0 });
  const nameOf = (id: number) => people.find((p) => p.id === id)?.name ?? `n° ${id}`;
  const mine = feedback.find((f) => f.userId === identity?.id);
  const onPanel = identity ? panel.includes(Number(identity.id)) : false;
  const [rating, setRating] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    if (mine) {
      setRating(mine.rating as number);
      setComment((mine.comment as string | null) ?? '');
    }
  }, [mine?.id, mine?.version]); // eslint-disable-line react-hooks/exhaustive-deps
  const [create, { isPending: creating }] = useCreate();
  const [update, { isPending: updating }] = useUpdate();
  if (!interview?.id) return null;

  const save = async () => {
    if (!rating) {
      setError(translate('maillage.interviews.feedback.ratingRequired'));
      return;
    }
    setError(undefined);
    const data = { interviewId: interview.id, rating, comment };
    const done = {
      onSuccess: () => {
        notify('maillage.interviews.feedback.saved', { type: 'success' });
        void refetch();
      },
      onError: (e: unknown) => notify((e as Error).message || 'maillage.errors.request', { type: 'error' }),
    };
    if (mine) await update('interview-feedback', { id: mine.id, data: { ...data, version: mine.version }, previousData: mine }, { ...done, mutationMode: 'pessimistic' });
    else await create('interview-feedback', { data }, done);
  };

  return (
    <Card component="section" aria-labelledby={titleId} variant="outlined" sx={{ mt: 2, maxWidth: 760 }}>
      <CardContent>
        <Typography id={titleId} variant="h6" component="h2" gutterBottom>
          {translate('maillage.interviews.feedback.title')}
        </Typography>
        {feedback.length ? (
          <List dense>
            {feedback.map((f) => (
              <ListItem key={f.id} disableGutters>
                <ListItemText
                  primary={translate('maillage.interviews.feedback.given', { name: nameOf(f.userId as number), rating: f.rating })}
                  secondary={(f.comment as string | null) || null}
                  slotProps={{ secondary: { sx: { whiteSpace: 'pre-wrap' } } }}
                />
              </ListItem>
            ))}
          </List>
        ) : (
          <Typography color="text.secondary">{translate('maillage.interviews.feedback.none')}</Typography>
        )}
        {onPanel ? (
          <Box component="form" onSubmit={(e) => { e.preventDefault(); void save(); }} sx={{ mt: 2, display: 'grid', gap: 2 }} aria-label={translate('maillage.interviews.feedback.yours')}>
            <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }} aria-invalid={!!error} aria-describedby={error ? `${ratingName}-error` : undefined}>
              <Typography component="legend" variant="subtitle2">
                {translate('maillage.interviews.feedback.rating')} *
              </Typography>
              <Rating
                name={ratingName}
                value={rating}
                max={5}
                size="large"
                onChange={(_, value) => setRating(value)}
                emptyLabelText={translate('maillage.interviews.feedback.noRating')}
                getLabelText={(value) => translate('maillage.interviews.feedback.star', { smart_count: value })}
              />
              <Typography component="span" sx={rating ? visuallyHidden : { display: 'none' }} aria-live="polite">
                {rating ? translate('maillage.interviews.feedback.star', { smart_count: rating }) : ''}
              </Typography>
              {error ? (
                <Typography id={`${ratingName}-error`} color="error" variant="body2" role="alert">
                  {error}
                </Typography>
              ) : null}
            </Box>
            <TextField id={commentId} label={translate('maillage.interviews.feedback.comment')} value={comment} onChange={(e) => setComment(e.target.value)} multiline minRows={3} slotProps={{ htmlInput: { maxLength: 4000 } }} />
            <Box>
              <Button type="submit" variant="contained" disabled={creating || updating}>
                {translate('maillage.interviews.feedback.save')}
              </Button>
            </Box>
          </Box>
        ) : (
          <Typography color="text.secondary" sx={{ mt: 1 }}>
            {translate('maillage.interviews.feedback.notOnPanel')}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}
