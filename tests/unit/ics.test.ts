import { describe, expect, it } from 'vitest';
import { dateTimeError, frenchDateTime, INVALID_DATETIME, OFFSET_REQUIRED, parisDayAndTime, parisLocalToIso, toParisIso } from '../../src/domain/datetime';
import { escapeText, foldLine, interviewCalendar, unfold, type InterviewEvent } from '../../src/domain/ics';

const event = (over: Partial<InterviewEvent> = {}): InterviewEvent => ({
  uid: 'interview-7@maillage',
  sequence: 2,
  stamp: new Date('2026-12-01T09:15:00Z'),
  start: new Date('2026-12-10T14:30:00+01:00'),
  durationMinutes: 90,
  summary: 'Entretien — Médecin généraliste, Centre de santé de Saint-Girons',
  location: 'Salle 2, 1er étage; ou https://visio.exemple.fr/abc?x=1',
  description: 'Ligne 1\nLigne 2, avec virgule; et \\ antislash',
  cancelled: false,
  attendees: [{ name: 'Camille « Cam » Martin', email: 'camille@exemple.fr' }],
  ...over,
});

/** The content lines of a calendar, unfolded, as [name with parameters, value]. */
function parse(text: string) {
  return unfold(text)
    .split('\r\n')
    .filter(Boolean)
    .map((line) => {
      // The value starts after the first colon outside a quoted parameter value.
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        if (line[i] === '"') quoted = !quoted;
        if (line[i] === ':' && !quoted) return [line.slice(0, i), line.slice(i + 1)] as const;
      }
      throw new Error(`no colon: ${line}`);
    });
}
const value = (text: string, name: string) => parse(text).find(([n]) => n === name || n.startsWith(`${name};`))?.[1];
const unescape = (v: string) => v.replace(/\\([\\;,nN])/g, (_, c) => (c === 'n' || c === 'N' ? '\n' : c));

describe('date-times with their offset', () => {
  it('refuses a time without offset, and invalid ones, with French messages', () => {
    expect(dateTimeError('2026-12-10T14:30:00+01:00')).toBeUndefined();
    expect(dateTimeError('2026-12-10T14:30Z')).toBeUndefined();
    expect(dateTimeError('2026-12-10T14:30:00')).toBe(OFFSET_REQUIRED);
    expect(dateTimeError('2026-12-10 14:30')).toBe(OFFSET_REQUIRED);
    for (const bad of ['2026-02-30T10:00:00+01:00', '2026-12-10T25:00:00+01:00', '2026-12-10T14:61:00Z', 'demain', '', 12, null])
      expect(dateTimeError(bad)).toBe(INVALID_DATETIME);
  });

  it('reads and writes France’s time on both sides of the clock changes', () => {
    expect(toParisIso(new Date('2026-12-10T13:30:00Z'))).toBe('2026-12-10T14:30:00+01:00');
    expect(toParisIso(new Date('2026-07-01T08:00:00Z'))).toBe('2026-07-01T10:00:00+02:00');
    expect(parisLocalToIso('2026-03-29', '10:00')).toBe('2026-03-29T10:00:00+02:00');
    expect(parisLocalToIso('2026-03-28', '10:00')).toBe('2026-03-28T10:00:00+01:00');
    expect(parisLocalToIso('2026-10-25', '10:00')).toBe('2026-10-25T10:00:00+01:00');
    expect(parisLocalToIso('2026-10-24', '10:00')).toBe('2026-10-24T10:00:00+02:00');
    expect(parisDayAndTime('2026-10-25T09:00:00Z')).toEqual({ day: '2026-10-25', time: '10:00' });
    expect(frenchDateTime('2026-12-10T14:30:00+01:00')).toBe('10/12/2026 à 14 h 30');
    expect(frenchDateTime('2026-12-10T08:05:00+01:00')).toBe('10/12/2026 à 8 h 05');
  });
});

describe('the interview calendar (RFC 5545)', () => {
  it('has the calendar, time zone and event properties, CRLF line ends and no line over 75 octets', () => {
    const text = interviewCalendar(event());
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const names = parse(text).map(([n]) => n.split(';')[0]);
    expect(names.slice(0, 5)).toEqual(['BEGIN', 'PRODID', 'VERSION', 'CALSCALE', 'METHOD']);
    expect(value(text, 'METHOD')).toBe('REQUEST');
    expect(value(text, 'VERSION')).toBe('2.0');
    const begins = parse(text).filter(([n]) => n === 'BEGIN').map(([, v]) => v);
    expect(begins).toEqual(['VCALENDAR', 'VTIMEZONE', 'DAYLIGHT', 'STANDARD', 'VEVENT']);
    const ends = parse(text).filter(([n]) => n === 'END').map(([, v]) => v);
    expect(ends).toEqual(['DAYLIGHT', 'STANDARD', 'VTIMEZONE', 'VEVENT', 'VCALENDAR']);
    expect(text).toContain('TZID:Europe/Paris\r\n');
    expect(text).toContain('TZNAME:CEST\r\n');
    expect(text).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n');
    expect(text).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n');
    expect(value(text, 'UID')).toBe('interview-7@maillage');
    expect(value(text, 'DTSTAMP')).toBe('20261201T091500Z');
    expect(parse(text).find(([n]) => n.startsWith('DTSTART;TZID='))).toEqual(['DTSTART;TZID=Europe/Paris', '20261210T143000']);
    expect(value(text, 'DURATION')).toBe('PT1H30M');
    expect(value(text, 'SEQUENCE')).toBe('2');
    expect(value(text, 'STATUS')).toBe('CONFIRMED');
    expect(unescape(value(text, 'SUMMARY')!)).toBe('Entretien — Médecin généraliste, Centre de santé de Saint-Girons');
    expect(unescape(value(text, 'LOCATION')!)).toBe('Salle 2, 1er étage; ou https://visio.exemple.fr/abc?x=1');
    expect(unescape(value(text, 'DESCRIPTION')!)).toBe('Ligne 1\nLigne 2, avec virgule; et \\ antislash');
    expect(parse(text).find(([n]) => n.startsWith('ATTENDEE'))?.[0]).toContain('CN="Camille « Cam » Martin"');
  });

  it('escapes TEXT values', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds long lines at 75 octets without cutting a UTF-8 character, and unfolds back to the same line', () => {
    const line = `DESCRIPTION:${'é'.repeat(50)}${'x'.repeat(30)}🙂${'à'.repeat(60)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(2);
    for (const [i, part] of parts.entries()) {
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(' ')).toBe(true);
      expect(part).not.toContain('\uFFFD');
    }
    expect(unfold(folded)).toBe(line);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });

  it('gives DTSTART in France’s time across the daylight-saving changes (29/03/2026, 25/10/2026)', () => {
    const at = (iso: string) => parse(interviewCalendar(event({ start: new Date(iso) }))).find(([n]) => n.startsWith('DTSTART;TZID='))?.[1];
    expect(at('2026-03-29T10:00:00+02:00')).toBe('20260329T100000');
    expect(at('2026-03-29T01:30:00+01:00')).toBe('20260329T013000');
    expect(at('2026-03-29T03:30:00+02:00')).toBe('20260329T033000');
    expect(at('2026-10-25T10:00:00+01:00')).toBe('20261025T100000');
    expect(at('2026-10-25T00:30:00Z')).toBe('20261025T023000');
    expect(at('2026-10-25T01:30:00Z')).toBe('20261025T023000'); // the hour that happens twice
    expect(at('2026-10-25T02:30:00Z')).toBe('20261025T033000');
  });

  it('says CANCELLED (with the CANCEL method) for a cancelled interview, and whole hours or minutes alone as duration', () => {
    const text = interviewCalendar(event({ cancelled: true, durationMinutes: 60 }));
    expect(value(text, 'STATUS')).toBe('CANCELLED');
    expect(value(text, 'METHOD')).toBe('CANCEL');
    expect(value(text, 'DURATION')).toBe('PT1H');
    expect(value(interviewCalendar(event({ durationMinutes: 45 })), 'DURATION')).toBe('PT45M');
  });
});
