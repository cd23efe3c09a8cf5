import { PARIS, parisParts } from './datetime';

/**
 * An interview as an iCalendar invitation (RFC 5545, with the iTIP method of RFC 5546): the text that
 * `GET /api/interviews/<id>/ics` answers and that the e-mail invitation attaches. Pure (no I/O, no
 * clock: the stamp is given), so both build exactly the same text.
 *
 * Written by hand rather than with a library (ical-generator…): one event with a fixed time zone is
 * ~100 lines, the rules that matter (CRLF, folding by octets, TEXT escaping, a VTIMEZONE) are tested
 * here, and the project adds no dependency to the server for it.
 */

export interface CalendarPerson {
  name: string;
  email: string;
}

export interface InterviewEvent {
  /** Stable per interview, so that a calendar updates the event instead of adding one: `interview-12@maillage`. */
  uid: string;
  /** Grows with every change of the interview (its record version − 1): calendars keep the highest. */
  sequence: number;
  /** When this text is produced (DTSTAMP, in UTC). */
  stamp: Date;
  start: Date;
  durationMinutes: number;
  summary: string;
  location: string;
  description: string;
  cancelled: boolean;
  organizer?: CalendarPerson;
  attendees?: readonly CalendarPerson[];
}

export const ICS_MEDIA_TYPE = 'text/calendar; charset=utf-8';
export const PRODID = '-//GIP Ma santé, Ma Région//Maillage//FR';

/**
 * Europe/Paris since 1996 (EU rules): summer time from the last Sunday of March at 02:00 (CET → CEST)
 * to the last Sunday of October at 03:00 (CEST → CET).
 */
const PARIS_TIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${PARIS}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, and line breaks as `\n`. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A parameter value (a CN): quoted, without the characters a quoted value cannot hold. */
const paramValue = (value: string) => `"${value.replace(/["\r\n\u0000-\u001f]/g, '')}"`;

const encoder = new TextEncoder();
const octets = (s: string) => encoder.encode(s).length;

/**
 * Folds a content line at 75 octets (§3.1): continuation lines start with one space, which counts in
 * their 75. Never inside a UTF-8 character (« é » is two octets, an emoji four).
 */
export function foldLine(line: string): string {
  if (octets(line) <= 75) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = octets(ch);
    const limit = out.length === 0 ? 75 : 74;
    if (size + n > limit) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** Undoes folding (a CRLF followed by one space or tab): what a parser reads. */
export const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

const pad = (n: number) => String(n).padStart(2, '0');

/** `20261210T133000Z`. */
export function utcStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** `20261210T143000`: the wall-clock time in France, for `DTSTART;TZID=Europe/Paris:`. */
export function parisLocalStamp(date: Date): string {
  const p = parisParts(date);
  return `${p.year}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
}

/** The VCALENDAR text: CRLF line ends, folded lines, one VEVENT. */
export function interviewCalendar(e: InterviewEvent): string {
  const person = (role: 'ORGANIZER' | 'ATTENDEE', p: CalendarPerson) =>
    role === 'ORGANIZER'
      ? `ORGANIZER;CN=${paramValue(p.name)}:mailto:${p.email}`
      : `ATTENDEE;CN=${paramValue(p.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:${p.email}`;
  const lines = [
    'BEGIN:VCALENDAR',
    `PRODID:${PRODID}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    // iTIP: a cancelled interview is sent as a CANCEL, which calendars apply to the event of the same UID.
    `METHOD:${e.cancelled ? 'CANCEL' : 'REQUEST'}`,
    ...PARIS_TIMEZONE,
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${utcStamp(e.stamp)}`,
    `DTSTART;TZID=${PARIS}:${parisLocalStamp(e.start)}`,
    // A duration rather than an end: an interview across a clock change still lasts what it lasts.
    `DURATION:PT${Math.floor(e.durationMinutes / 60) ? `${Math.floor(e.durationMinutes / 60)}H` : ''}${e.durationMinutes % 60 ? `${e.durationMinutes % 60}M` : ''}`,
    `SEQUENCE:${Math.max(0, Math.trunc(e.sequence))}`,
    `STATUS:${e.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    `SUMMARY;LANGUAGE=fr:${escapeText(e.summary)}`,
    `LOCATION:${escapeText(e.location)}`,
    `DESCRIPTION;LANGUAGE=fr:${escapeText(e.description)}`,
    ...(e.organizer ? [person('ORGANIZER', e.organizer)] : []),
    ...(e.attendees ?? []).map((a) => person('ATTENDEE', a)),
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
