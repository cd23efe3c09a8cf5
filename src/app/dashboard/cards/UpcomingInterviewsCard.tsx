import EventNoteIcon from '@mui/icons-material/EventNote';
import { Alert, Card, CardContent, CircularProgress, List, ListItem, ListItemIcon, ListItemText, Typography } from '@mui/material';
import { useId } from 'react';
import { useLocale, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { formatInstant } from '../../resources/interviews/format';
import { useStats } from '../api';

/**
 * HR's next interviews (the planned ones of the next 14 days, soonest first: /api/stats/interviews),
 * each a link to the interview, with its candidate and position.
 */
export function UpcomingInterviewsCard() {
  const translate = useTranslate();
  const locale = useLocale();
  const titleId = useId();
  const { data, isPending, error } = useStats('interviews', null);
  return (
    <Card component="section" aria-labelledby={titleId} variant="outlined">
      <CardContent>
        <Typography id={titleId} variant="h6" component="h2" gutterBottom>
          {translate('maillage.interviews.upcoming.title')}
        </Typography>
        {isPending ? (
          <CircularProgress size={24} aria-label={translate('ra.page.loading')} />
        ) : error ? (
          <Alert severity="error">{translate('maillage.dashboard.error', { message: (error as Error).message })}</Alert>
        ) : data.items.length === 0 ? (
          <Typography color="text.secondary">{translate('maillage.interviews.upcoming.none')}</Typography>
        ) : (
          <List dense aria-labelledby={titleId}>
            {data.items.map((i) => (
              <ListItem key={i.id} disableGutters>
                <ListItemIcon sx={{ minWidth: 36 }}>
                  <EventNoteIcon fontSize="small" />
                </ListItemIcon>
                <ListItemText
                  primary={<Link to={`/interviews/${i.id}`}>{formatInstant(i.startsAt, locale)}</Link>}
                  secondary={`${i.candidateName} — ${i.positionLabel} — ${i.location}`}
                />
              </ListItem>
            ))}
          </List>
        )}
      </CardContent>
    </Card>
  );
}
