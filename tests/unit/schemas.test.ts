import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { count, euros, fte, id, optionalId, optionalText, requiredText } from '../../src/domain/schemas';
import { activities, candidates, members, targets } from '../../src/domain/resources';

const messageOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? null : result.error.issues[0].message;
};

describe('numbers', () => {
  it('accept a number or the text of a decimal number', () => {
    expect(count.parse(12)).toBe(12);
    expect(count.parse('12')).toBe(12);
    expect(count.parse(' 7 ')).toBe(7);
    expect(fte.parse('0.5')).toBe(0.5);
    expect(fte.parse('0,8')).toBe(0.8);
    expect(euros.parse(100000)).toBe(100000);
    expect(id.parse('42')).toBe(42);
  });

  it('refuse what is not a number instead of turning it into 0 or 1', () => {
    for (const value of [true, false, [1], [], [true], {}, '0x10', '1e3', '12 ans', 'NaN', 'Infinity', Number.NaN, Number.POSITIVE_INFINITY])
      expect(messageOf(count, value), JSON.stringify(value)).toBe('Nombre attendu');
    expect(messageOf(id, [1])).toBe('Identifiant attendu');
    expect(messageOf(euros, true)).toBe('Montant attendu');
  });

  it('say « Obligatoire » for a blank required number, never store 0', () => {
    for (const value of [null, '', ' ', undefined]) expect(messageOf(count, value), JSON.stringify(value)).toBe('Obligatoire');
    expect(optionalId.parse('')).toBeNull();
    expect(optionalId.parse(null)).toBeNull();
  });

  it('apply to every numeric field of the resources', () => {
    const month = { centreId: 1, month: '2026-01', scheduled: 1, unscheduled: 1, homeVisits: 1, outOfHoursShifts: 1, newReferringPatients: 1 };
    const activity = activities.schema.safeParse({ ...month, scheduled: null });
    expect(activity.success).toBe(false);
    expect(activity.error?.issues[0].path).toEqual(['scheduled']);
    expect(targets.schema.safeParse({ year: true, professionals: 1, centres: 1 }).success).toBe(false);
    expect(members.schema.safeParse({ college: [1] }).error?.issues.find((i) => i.path[0] === 'college')).toBeTruthy();
  });
});

describe('texts', () => {
  it('refuse control, bidirectional and zero-width characters, naming why', () => {
    for (const ch of ['\u001b', '\u0007', '\u0000', '\u0085', '\t', '\n'])
      expect(messageOf(requiredText(), `Jean${ch}ne`), JSON.stringify(ch)).toBe('Caractère de contrôle non autorisé');
    for (const ch of ['\u202e', '\u202d', '\u2066', '\u2069', '\u200b', '\u200f', '\ufeff'])
      expect(messageOf(requiredText(), `Jean${ch}ne`), JSON.stringify(ch)).toBe('Caractère invisible ou d’inversion du sens d’écriture non autorisé');
  });

  it('allow tabs and line breaks where a text has several lines, never other controls', () => {
    const multiline = optionalText(4000, { multiline: true });
    expect(multiline.parse('Première ligne\nSeconde\tligne')).toBe('Première ligne\nSeconde\tligne');
    expect(messageOf(multiline, 'a\u001bb')).toBe('Caractère de contrôle non autorisé');
    const candidate = { firstName: 'Anne', lastName: 'Roux', email: 'anne@exemple.fr', profession: 'medecin', source: 'forum', consentUntil: '2027-01-01' };
    expect(candidates.schema.safeParse({ ...candidate, notes: 'Appelée\nà rappeler' }).success).toBe(true);
    expect(candidates.schema.safeParse({ ...candidate, lastName: 'Roux\nX' }).error?.issues[0].path).toEqual(['lastName']);
  });

  it('store texts in Unicode NFC, trimmed; blank or absent required text is « Obligatoire »', () => {
    const decomposed = 'Ame\u0301lie';
    expect(requiredText().parse(`  ${decomposed} `)).toBe('Amélie');
    expect(requiredText().parse(decomposed)).toHaveLength(6);
    for (const value of [null, undefined, '', '   ']) expect(messageOf(requiredText(), value), JSON.stringify(value)).toBe('Obligatoire');
    expect(messageOf(requiredText(), 12)).toBe('Texte attendu');
    expect(optionalText().parse('  ')).toBeNull();
  });
});
