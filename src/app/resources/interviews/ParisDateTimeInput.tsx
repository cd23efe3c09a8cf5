import { Box, TextField } from '@mui/material';
import { useEffect, useId, useState } from 'react';
import { InputHelperText, useInput, useTranslate } from 'react-admin';
import { parisDayAndTime, parisLocalToIso } from '../../../domain/datetime';
import { isoToFrench, parseFrenchDate } from '../../forms';

/** « 14:30 », « 14h30 », « 14 h 30 », « 9h », « 0930 » → `14:30`; null when it is not a time. */
export function parseTime(text: string): string | null {
  const m = /^(\d{1,2})\s*(?:[:hH.]\s*(\d{2})?|(\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = Number(m[2] ?? m[3] ?? 0);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** The API's form of an instant (ISO with an offset), as opposed to what is being typed. */
const isInstant = (v: unknown): v is string => typeof v === 'string' && /T\d{2}:\d{2}.*([+-]\d{2}:\d{2}|Z)$/.test(v) && !Number.isNaN(Date.parse(v));

/**
 * An instant typed as France reads it: a day (jj/mm/aaaa) and a time (hh:mm), both in Paris time,
 * stored as the API's ISO text with the offset France has that day (`2026-12-10T14:30:00+01:00`,
 * `…+02:00` in summer), so the server never guesses a zone. The browser's own zone plays no part.
 */
export function ParisDateTimeInput({ source = 'startsAt' }: { source?: string }) {
  const translate = useTranslate();
  const { field, fieldState, formState } = useInput({ source, isRequired: true });
  const [dayText, setDayText] = useState(() => (isInstant(field.value) ? isoToFrench(parisDayAndTime(field.value).day) : ''));
  const [timeText, setTimeText] = useState(() => (isInstant(field.value) ? parisDayAndTime(field.value).time : ''));
  const [left, setLeft] = useState({ day: false, time: false });
  const dayId = useId();
  const timeId = useId();

  const compose = (d: string, t: string) => {
    const day = parseFrenchDate(d);
    const time = parseTime(t);
    if (day.kind === 'date' && time) return parisLocalToIso(day.iso, time);
    // Incomplete or not a date: a value the schema refuses, so the form cannot be saved with it.
    return d.trim() || t.trim() ? `${d} ${t}`.trim() : null;
  };

  // The record loaded or reloaded (a conflict): show its day and time.
  useEffect(() => {
    if (!isInstant(field.value) || compose(dayText, timeText) === field.value) return;
    const { day, time } = parisDayAndTime(field.value);
    setDayText(isoToFrench(day));
    setTimeText(time);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the value changes
  }, [field.value]);

  const change = (d: string, t: string) => {
    setDayText(d);
    setTimeText(t);
    field.onChange(compose(d, t));
  };

  const day = parseFrenchDate(dayText);
  const dayError =
    day.kind === 'invalid' && (left.day || formState.isSubmitted) ? translate(day.error) : (left.day || formState.isSubmitted) && day.kind === 'empty' ? translate('maillage.interviews.form.startsRequired') : undefined;
  const timeError =
    (left.time || formState.isSubmitted) && !parseTime(timeText)
      ? translate(timeText.trim() ? 'maillage.interviews.form.timeFormat' : 'maillage.interviews.form.startsRequired')
      : undefined;
  // The server's message (400 `errors.startsAt`) when the parts read fine.
  const serverError = !dayError && !timeError && fieldState.invalid ? fieldState.error?.message : undefined;

  return (
    <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }} className="ra-input ra-input-startsAt">
      <TextField
        id={dayId}
        label={`${translate('maillage.interviews.form.day')} *`}
        value={dayText}
        onChange={(e) => change(e.target.value, timeText)}
        onBlur={() => {
          setLeft((l) => ({ ...l, day: true }));
          if (day.kind === 'date') setDayText(isoToFrench(day.iso));
          field.onBlur();
        }}
        placeholder={translate('maillage.forms.date.placeholder')}
        sx={{ flex: '1 1 220px', maxWidth: 300 }}
        error={!!(dayError ?? serverError)}
        helperText={<InputHelperText error={dayError ?? serverError} helperText={translate('maillage.forms.date.hint')} />}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { autoComplete: 'off', maxLength: 10, 'aria-required': true, 'aria-invalid': !!(dayError ?? serverError) } }}
      />
      <TextField
        id={timeId}
        label={`${translate('maillage.interviews.form.time')} *`}
        value={timeText}
        onChange={(e) => change(dayText, e.target.value)}
        onBlur={() => {
          setLeft((l) => ({ ...l, time: true }));
          const t = parseTime(timeText);
          if (t) setTimeText(t);
          field.onBlur();
        }}
        placeholder="hh:mm"
        sx={{ flex: '1 1 180px', maxWidth: 240 }}
        error={!!timeError}
        helperText={<InputHelperText error={timeError} helperText={translate('maillage.interviews.form.timeHint')} />}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { autoComplete: 'off', maxLength: 8, inputMode: 'numeric', 'aria-required': true, 'aria-invalid': !!timeError } }}
      />
    </Box>
  );
}
