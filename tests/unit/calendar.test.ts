import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, daysBetween, daysInMonth, isIsoDate, monthOf, todayInFrance } from '../../src/domain/calendar';
import { departmentOfCommune } from '../../src/domain/geography';

describe('calendar', () => {
  it('says today as it is in France, not in UTC nor in the machine’s zone', () => {
    // 23:30 UTC on 31 December is already 1 January in Paris (UTC+1 in winter).
    expect(todayInFrance(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    // 22:30 UTC on 30 June is 00:30 on 1 July in Paris (UTC+2 in summer).
    expect(todayInFrance(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(todayInFrance(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06-30');
  });

  it('adds days and months across month ends, leap years and daylight-saving changes', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30'); // clocks change on 29 March 2026
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addMonths('2026-11-15', 2)).toBe('2027-01-01');
    expect(addMonths('2026-01-31', -1)).toBe('2025-12-01');
    expect(monthOf('2026-07-19')).toBe('2026-07-01');
    expect(daysInMonth('2024-02-10')).toBe(29);
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
  });

  it('accepts only days that exist', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    for (const bad of ['2023-02-29', '2023-02-30', '2026-13-01', '0000-01-01', '2026-1-01', '01/02/2026', '', null, 20260101])
      expect(isIsoDate(bad), String(bad)).toBe(false);
  });
});

describe('departmentOfCommune', () => {
  it('takes two characters, three overseas', () => {
    expect(departmentOfCommune('09257')).toBe('09');
    expect(departmentOfCommune('2A004')).toBe('2A');
    expect(departmentOfCommune('97411')).toBe('974');
  });
});

describe('addYears', () => {
  it('keeps the day, and makes 29 February the 28th in a common year', () => {
    expect(addYears('2026-12-04', 2)).toBe('2028-12-04');
    expect(addYears('2024-02-29', 2)).toBe('2026-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });
});
