import { describe, expect, it } from 'vitest';
import { DATE_ERRORS, isoToFrench, parseFrenchDate } from '../../src/app/forms/dates';

// The app's date inputs read jj/mm/aaaa and store ISO (tests/app/forms-dates.test.tsx types them on screen).
describe('parseFrenchDate', () => {
  it('reads the ways a French user types a day, and an ISO date', () => {
    for (const text of ['31/12/2026', '31-12-2026', '31.12.2026', '31 12 2026', ' 31/12/2026 ', '31122026', '2026-12-31'])
      expect(parseFrenchDate(text), text).toEqual({ kind: 'date', iso: '2026-12-31' });
    expect(parseFrenchDate('1/2/2026')).toEqual({ kind: 'date', iso: '2026-02-01' });
    expect(parseFrenchDate('29/02/2024')).toEqual({ kind: 'date', iso: '2024-02-29' });
  });

  it('tells an empty field, a text that is not a date and a date that does not exist apart', () => {
    expect(parseFrenchDate('')).toEqual({ kind: 'empty' });
    expect(parseFrenchDate('   ')).toEqual({ kind: 'empty' });
    for (const text of ['12/2027', '31/12/26', 'demain', '2026/12/31', '31/12/2026 10:00'])
      expect(parseFrenchDate(text), text).toEqual({ kind: 'invalid', error: DATE_ERRORS.format });
    for (const text of ['31/02/2026', '29/02/2025', '00/01/2026', '01/13/2026', '31/04/2026', '01/01/0999', '2026-02-30'])
      expect(parseFrenchDate(text), text).toEqual({ kind: 'invalid', error: DATE_ERRORS.nonexistent });
  });
});

describe('isoToFrench', () => {
  it('shows an ISO date or timestamp as jj/mm/aaaa, and anything else as it is', () => {
    expect(isoToFrench('2026-12-31')).toBe('31/12/2026');
    expect(isoToFrench('2026-12-31T23:59:59')).toBe('31/12/2026');
    expect(isoToFrench(null)).toBe('');
    expect(isoToFrench(undefined)).toBe('');
    expect(isoToFrench('31/12/2026')).toBe('31/12/2026');
  });
});
