import MailOutlineIcon from '@mui/icons-material/MailOutline';
import DescriptionIcon from '@mui/icons-material/Description';
import EventNoteIcon from '@mui/icons-material/EventNote';
import FlagIcon from '@mui/icons-material/Flag';
import HistoryIcon from '@mui/icons-material/History';
import StickyNoteIcon from '@mui/icons-material/StickyNote2';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CircularProgress,
  List,
  ListItem,
  ListItemIcon,
  ListItemText,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type ComponentType } from 'react';
import { Link } from 'react-router-dom';
import {
  Confirm,
  useCreate,
  useDataProvider,
  useDelete,
  useGetIdentity,
  useGetList,
  useLocale,
  useNotify,
  useRecordContext,
  useTranslate,
  useUpdate,
  type RaRecord,
} from 'react-admin';
import type { TimelineEntry } from '../../../domain/timeline';
import type { MaillageDataProvider } from '../../dataProvider';
import { formatInstant } from '../interviews/format';

type Translate = ReturnType<typeof useTranslate>;

/**
 * How each kind of entry reads: its icon and its title. A new source of the timeline (the e-mail
 * outbox) adds its kind here, one line; an unknown kind still shows, with a neutral icon.
 */
const kinds: Record<string, { icon: ComponentType; title: (e: TimelineEntry, t: Translate) => string }> = {
  stage: { icon: FlagIcon, title: (e, t) => t('maillage.interviews.timeline.stage', { stage: t(`maillage.enums.stages.${e.data.stage}`) }) },
  note: { icon: StickyNoteIcon, title: (_, t) => t('maillage.interviews.timeline.note') },
  interview: {
    icon: EventNoteIcon,
    title: (e, t) => t('maillage.interviews.timeline.interview', { status: t(`maillage.enums.interviewStatuses.${e.data.status}`) }),
  },
  document: {
    icon: DescriptionIcon,
    title: (e, t) => `${t('maillage.interviews.timeline.document', { kind: t(`maillage.enums.documentKinds.${e.data.documentKind}`) })} : ${e.data.fileName}`,
  },
  email: {
    icon: MailOutlineIcon,
    title: (e, t) => t('maillage.interviews.timeline.email', { subject: String(e.data.subject), status: t(`maillage.enums.emailStatuses.${e.data.status}`) }),
  },
};

/** The candidate's timeline, through the dataProvider (French errors, the session's credentials). */
function useTimeline(candidateId: RaRecord['id'] | undefined) {
  const dataProvider = useDataProvider<MaillageDataProvider>();
  return useQuery({
    queryKey: ['maillage-timeline', String(candidateId)],
    queryFn: async ({ signal }) => (await dataProvider.getTimeline(candidateId!, { signal })).data,
    enabled: candidateId !== undefined,
  });
}

/** One note of the timeline: its text, and for its author « Modifier » / « Supprimer » (asked first). */
function NoteActions({ entry, onChanged }: { entry: TimelineEntry; onChanged: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [text, setText] = useState(String(entry.data.body ?? ''));
  const dataProvider = useDataProvider();
  const [update, { isPending: saving }] = useUpdate();
  const [remove, { isPending: deleting }] = useDelete();
  const id = entry.record!.id;
  const fail = (e: unknown) => notify((e as Error).message || 'maillage.errors.request', { type: 'error' });
  const save = async () => {
    try {
      const { data: current } = await dataProvider.getOne('notes', { id });
      await update('notes', { id, data: { ...current, body: text }, previousData: current }, { mutationMode: 'pessimistic', returnPromise: true });
      notify('maillage.interviews.notes.updated', { type: 'success' });
      setEditing(false);
      onChanged();
    } catch (e) {
      fail(e);
    }
  };
  if (editing)
    return (
      <Box component="form" onSubmit={(e) => { e.preventDefault(); void save(); }} sx={{ display: 'grid', gap: 1, mt: 1 }}>
        <TextField label={translate('maillage.interviews.notes.edit')} value={text} onChange={(e) => setText(e.target.value)} multiline minRows={2} slotProps={{ htmlInput: { maxLength: 4000 } }} />
        <Stack direction="row" spacing={1}>
          <Button type="submit" variant="contained" size="small" disabled={saving || !text.trim()}>
            {translate('maillage.interviews.notes.editSave')}
          </Button>
          <Button size="small" onClick={() => setEditing(false)}>
            {translate('maillage.interviews.notes.cancel')}
          </Button>
        </Stack>
      </Box>
    );
  return (
    <Stack direction="row" spacing={1} sx={{ mt: 0.5 }}>
      <Button size="small" onClick={() => setEditing(true)}>
        {translate('maillage.interviews.notes.edit')}
      </Button>
      <Button size="small" color="error" onClick={() => setConfirming(true)}>
        {translate('maillage.interviews.notes.delete')}
      </Button>
      <Confirm
        isOpen={confirming}
        loading={deleting}
        title="maillage.interviews.notes.confirmTitle"
        content="maillage.interviews.notes.confirmContent"
        onConfirm={async () => {
          try {
            const { data: current } = await dataProvider.getOne('notes', { id });
            await remove('notes', { id, previousData: current }, { mutationMode: 'pessimistic', returnPromise: true });
            notify('maillage.interviews.notes.deleted', { type: 'success' });
            onChanged();
          } catch (e) {
            fail(e);
          } finally {
            setConfirming(false);
          }
        }}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
}

/** « Ajouter une note »: its text, optionally one of the candidate's applications. */
function AddNote({ candidateId, applications, onAdded }: { candidateId: RaRecord['id']; applications: RaRecord[]; onAdded: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const titleId = useId();
  const [body, setBody] = useState('');
  const [applicationId, setApplicationId] = useState<string>('');
  const [error, setError] = useState<string | undefined>();
  const [create, { isPending }] = useCreate();
  const submit = async () => {
    try {
      await create('notes', { data: { candidateId, applicationId: applicationId ? Number(applicationId) : null, body } }, { returnPromise: true });
      setBody('');
      setApplicationId('');
      setError(undefined);
      notify('maillage.interviews.notes.saved', { type: 'success' });
      onAdded();
    } catch (e) {
      const errors = (e as { body?: { errors?: Record<string, string> } }).body?.errors;
      setError(errors?.body ?? errors?.applicationId ?? (e as Error).message);
    }
  };
  return (
    <Box component="form" aria-labelledby={titleId} onSubmit={(e) => { e.preventDefault(); void submit(); }} sx={{ display: 'grid', gap: 1.5 }}>
      <Typography id={titleId} variant="h6" component="h3">
        {translate('maillage.interviews.notes.add')}
      </Typography>
      <TextField
        label={translate('maillage.interviews.notes.body')}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        multiline
        minRows={3}
        required
        error={!!error}
        helperText={error ?? `${body.length} / 4000`}
        slotProps={{ htmlInput: { maxLength: 4000 } }}
      />
      {applications.length ? (
        <TextField select label={translate('maillage.interviews.notes.application')} value={applicationId} onChange={(e) => setApplicationId(e.target.value)}>
          <MenuItem value="">—</MenuItem>
          {applications.map((a) => (
            <MenuItem key={a.id} value={String(a.id)}>
              {translate('maillage.forms.numbered', { name: translate('resources.applications.name', { smart_count: 1 }), id: a.id })}
            </MenuItem>
          ))}
        </TextField>
      ) : null}
      <Box>
        <Button type="submit" variant="contained" disabled={isPending || !body.trim()}>
          {translate('maillage.interviews.notes.save')}
        </Button>
      </Box>
    </Box>
  );
}

/** The candidate's interviews, and « Planifier un entretien » for one of their applications. */
function CandidateInterviews({ candidateId, applications }: { candidateId: RaRecord['id']; applications: RaRecord[] }) {
  const translate = useTranslate();
  const locale = useLocale();
  const titleId = useId();
  const { data: interviews = [], isPending } = useGetList('interviews', {
    filter: { candidateId },
    sort: { field: 'startsAt', order: 'DESC' },
    pagination: { page: 1, perPage: 50 },
  });
  const source = encodeURIComponent(JSON.stringify({ candidateId, ...(applications[0] ? { applicationId: applications[0].id } : {}) }));
  return (
    <Box component="section" aria-labelledby={titleId}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', gap: 1 }}>
        <Typography id={titleId} variant="h6" component="h3">
          {translate('maillage.interviews.interviews.title')}
        </Typography>
        {applications.length ? (
          <Button component={Link} to={`/interviews/create?source=${source}`} variant="outlined" startIcon={<EventNoteIcon />}>
            {translate('maillage.interviews.interviews.plan')}
          </Button>
        ) : null}
      </Stack>
      {isPending ? (
        <CircularProgress size={20} aria-label={translate('ra.page.loading')} />
      ) : interviews.length ? (
        <List dense>
          {interviews.map((i) => (
            <ListItem key={i.id} disableGutters>
              <ListItemIcon sx={{ minWidth: 36 }}>
                <EventNoteIcon fontSize="small" />
              </ListItemIcon>
              <ListItemText
                primary={
                  <Link to={`/interviews/${i.id}`} aria-label={translate('maillage.interviews.interviews.open', { date: formatInstant(String(i.startsAt), locale) })}>
                    {formatInstant(String(i.startsAt), locale)}
                  </Link>
                }
                secondary={`${translate(`maillage.enums.interviewStatuses.${i.status}`)} — ${i.positionLabel ?? ''} — ${i.location}`}
              />
            </ListItem>
          ))}
        </List>
      ) : (
        <Typography color="text.secondary">{translate('maillage.interviews.interviews.none')}</Typography>
      )}
    </Box>
  );
}

/**
 * The « Suivi » tab of a candidate's page: one timeline, newest first (stage changes, notes,
 * interviews, documents: GET /api/candidates/<id>/timeline), a note to add, and their interviews.
 */
export function CandidateFollowUp() {
  const record = useRecordContext();
  const translate = useTranslate();
  const locale = useLocale();
  const { identity } = useGetIdentity();
  const queryClient = useQueryClient();
  const titleId = useId();
  const timeline = useTimeline(record?.id);
  const { data: applications = [] } = useGetList(
    'applications',
    { filter: { candidateId: record?.id }, sort: { field: 'stageOn', order: 'DESC' }, pagination: { page: 1, perPage: 100 } },
    { enabled: !!record?.id },
  );
  if (!record) return null;
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['maillage-timeline', String(record.id)] });
    void queryClient.invalidateQueries({ queryKey: ['interviews'] });
  };
  return (
    <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', lg: '3fr 2fr' }, alignItems: 'start', width: '100%' }}>
      <Card component="section" aria-labelledby={titleId} variant="outlined">
        <CardContent>
          <Typography id={titleId} variant="h6" component="h2" gutterBottom>
            {translate('maillage.interviews.timeline.title')}
          </Typography>
          {timeline.isPending ? (
            <CircularProgress size={24} aria-label={translate('ra.page.loading')} />
          ) : timeline.isError ? (
            <Alert severity="error">{(timeline.error as Error)?.message || translate('maillage.interviews.timeline.error')}</Alert>
          ) : timeline.data.length === 0 ? (
            <Typography color="text.secondary">{translate('maillage.interviews.timeline.empty')}</Typography>
          ) : (
            <List aria-label={translate('maillage.interviews.timeline.title')}>
              {timeline.data.map((entry) => {
                const kind = kinds[entry.kind];
                const Icon = kind?.icon ?? HistoryIcon;
                const when = formatInstant(entry.at, locale, entry.allDay);
                const details = [
                  translate(entry.allDay ? 'maillage.interviews.timeline.day' : 'maillage.interviews.timeline.at', { date: when }),
                  entry.by ? translate('maillage.interviews.timeline.by', { name: entry.by }) : null,
                ]
                  .filter(Boolean)
                  .join(' ');
                const mine = entry.kind === 'note' && identity && entry.data.authorId === identity.id;
                return (
                  <ListItem key={entry.key} alignItems="flex-start" disableGutters divider>
                    <ListItemIcon sx={{ minWidth: 40, mt: 0.5 }}>
                      <Icon />
                    </ListItemIcon>
                    <ListItemText
                      primary={kind ? kind.title(entry, translate) : entry.kind}
                      secondary={
                        <>
                          <Typography component="span" variant="body2" sx={{ display: 'block' }}>
                            {details}
                          </Typography>
                          {entry.positionLabel ? (
                            <Typography component="span" variant="body2" sx={{ display: 'block' }}>
                              {translate('maillage.interviews.timeline.position', { position: entry.positionLabel })}
                            </Typography>
                          ) : null}
                          {entry.kind === 'note' ? (
                            <Typography component="span" variant="body1" color="text.primary" sx={{ display: 'block', whiteSpace: 'pre-wrap', mt: 0.5 }}>
                              {String(entry.data.body)}
                            </Typography>
                          ) : null}
                          {mine ? <NoteActions entry={entry} onChanged={refresh} /> : null}
                          {entry.kind === 'interview' ? (
                            <Typography component="span" variant="body2" sx={{ display: 'block' }}>
                              {`${entry.data.location} — ${translate('maillage.interviews.timeline.minutes', { smart_count: entry.data.durationMinutes })}`}
                            </Typography>
                          ) : null}
                        </>
                      }
                      slotProps={{ secondary: { component: 'div' } }}
                    />
                  </ListItem>
                );
              })}
            </List>
          )}
        </CardContent>
      </Card>
      <Stack spacing={3}>
        <Card variant="outlined">
          <CardContent>
            <AddNote candidateId={record.id} applications={applications} onAdded={refresh} />
          </CardContent>
        </Card>
        <Card variant="outlined">
          <CardContent>
            <CandidateInterviews candidateId={record.id} applications={applications} />
          </CardContent>
        </Card>
      </Stack>
    </Box>
  );
}
