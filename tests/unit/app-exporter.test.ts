import { describe, expect, it } from 'vitest';
import { formatValue, frenchDate, toCsv } from '../../src/app/forms/exporter';
import type { FieldSpec } from '../../src/domain/resource';
import { centres } from '../../src/domain/resources';

// The CSV text of an export, without rendering (tests/app/members-crud.test.tsx clicks « Exporter »).
describe('CSV export for a French reader', () => {
  it('formats each kind of value as a French reader reads it', () => {
    const spec = (kind: FieldSpec['kind'], extra: Partial<FieldSpec> = {}) => ({ label: 'x', kind, ...extra }) as FieldSpec;
    expect(frenchDate('2022-07-01')).toBe('01/07/2022');
    expect(frenchDate('2022-07')).toBe('07/2022');
    expect(formatValue(spec('date'), '2022-07-01')).toBe('01/07/2022');
    expect(formatValue(spec('month'), '2022-07-01')).toBe('01/07/2022');
    expect(formatValue(spec('boolean'), true)).toBe('Oui');
    expect(formatValue(spec('boolean'), false)).toBe('Non');
    expect(formatValue(spec('number'), 12.5)).toBe('12,5');
    expect(formatValue(spec('json'), { a: 1 })).toBe('{"a":1}');
    for (const empty of [null, undefined, '']) expect(formatValue(spec('text'), empty)).toBe('');
    const enumSpec = centres.fields.status;
    expect(formatValue(enumSpec, 'ouvert')).toBe('Ouvert');
    expect(formatValue(enumSpec, 'inconnu')).toBe('inconnu');
    expect(formatValue(centres.fields.services, ['programmes', 'msu'])).toBe('Soins programmés, Accueil d’internes (MSU)');
  });

  it('names references by their record when fetched, by their number otherwise', () => {
    const related = { 4: { id: 4, name: 'CC Couserans-Pyrénées' } };
    expect(formatValue(centres.fields.memberIds, [4, 9], related)).toBe('CC Couserans-Pyrénées, n° 9');
    expect(formatValue(centres.fields.parentCentreId, 7)).toBe('n° 7');
  });

  it('writes French headers, `;` between values, and quotes what needs it', () => {
    const csv = toCsv(
      centres,
      [
        { id: 1, name: 'Centre « Saint-Girons »', status: 'ouvert', openedOn: '2022-07-01', priorityZone: true, memberIds: [4] },
        { id: 2, name: 'Antenne; des "Cabannes"', status: 'projet', openedOn: null, priorityZone: false, memberIds: [] },
      ],
      { memberIds: { 4: { id: 4, name: 'CC Couserans-Pyrénées' } } },
      ['id', 'name', 'status', 'openedOn', 'priorityZone', 'memberIds'],
    );
    expect(csv.split('\r\n')).toEqual([
      'N°;Nom;Statut;Ouverture;Zone prioritaire;Membres porteurs',
      '1;Centre « Saint-Girons »;Ouvert;01/07/2022;Oui;CC Couserans-Pyrénées',
      '2;"Antenne; des ""Cabannes""";Projet;;Non;',
    ]);
  });

  it('exports every field but the version, JSON and write-only ones by default', () => {
    const [header] = toCsv(centres, []).split('\r\n');
    expect(header.split(';')).not.toContain('Version');
    expect(header.split(';')[0]).toBe('N°');
  });
});
