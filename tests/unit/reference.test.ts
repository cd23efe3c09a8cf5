import { describe, expect, it } from 'vitest';
import { isValidSiren } from '../../src/domain/identifiers';
import {
  communeByCode,
  communes,
  communesOfEpci,
  departmentByCode,
  departments,
  epciBySiren,
  epcis,
  searchCommunes,
} from '../../src/domain/reference';

describe('reference geography of Occitanie', () => {
  it('has the 13 departments of region 76, with populations summed from their communes', () => {
    expect(departments.map((d) => d.code)).toEqual(['09', '11', '12', '30', '31', '32', '34', '46', '48', '65', '66', '81', '82']);
    expect(departmentByCode('31')?.name).toBe('Haute-Garonne');
    expect(departmentByCode('09')?.name).toBe('Ariège');
    expect(departmentByCode('13')).toBeUndefined();
    for (const d of departments) {
      const sum = communes.filter((c) => c.departmentCode === d.code).reduce((s, c) => s + c.population, 0);
      expect(d.population).toBe(sum);
    }
    // Occitanie has about 6 million inhabitants.
    const total = departments.reduce((s, d) => s + d.population, 0);
    expect(total).toBeGreaterThan(5_800_000);
    expect(total).toBeLessThan(6_300_000);
  });

  it('has the 4,446 current communes, each with a department of the region and an EPCI', () => {
    expect(communes).toHaveLength(4446);
    expect(new Set(communes.map((c) => c.code)).size).toBe(4446);
    for (const c of communes) {
      expect(c.code).toMatch(/^\d{5}$/);
      expect(departmentByCode(c.departmentCode)).toBeDefined();
      expect(c.epci && epciBySiren(c.epci)).toBeTruthy();
    }
  });

  it('knows Sainte-Croix-Volvestre, the first centre, and the founding intercommunalities', () => {
    const scv = communeByCode('09257')!;
    expect(scv).toMatchObject({ name: 'Sainte-Croix-Volvestre', departmentCode: '09', epci: '200067940', population: 649 });
    expect(epciBySiren('200067940')).toMatchObject({ name: 'CC Couserans-Pyrénées', type: 'CC', mainDepartmentCode: '09' });
    expect(epciBySiren('200066363')).toMatchObject({ name: 'CC de la Haute Ariège', type: 'CC', departmentCodes: ['09'] });
    expect(communeByCode('09070')).toMatchObject({ name: 'Les Cabannes', epci: '200066363' });
    expect(communeByCode('99999')).toBeUndefined();
  });

  it('has the 164 EPCIs with a commune in Occitanie, valid SIRENs, populations from the communes of one vintage', () => {
    expect(epcis).toHaveLength(164);
    for (const e of epcis) {
      expect(isValidSiren(e.siren)).toBe(true);
      expect(['CC', 'CA', 'CU', 'METRO']).toContain(e.type);
      expect(e.departmentCodes).toContain(e.mainDepartmentCode);
      expect(departmentByCode(e.mainDepartmentCode)).toBeDefined();
    }
    // Entirely inside the region: its population is the sum of its communes.
    const hauteAriege = epciBySiren('200066363')!;
    expect(hauteAriege.population).toBe(communesOfEpci('200066363').reduce((s, c) => s + c.population, 0));
    // Straddling the border (Tarn and Hérault are both in Occitanie; Cèze Cévennes spans Ardèche).
    const straddling = epcis.filter((e) => e.departmentCodes.some((d) => !departmentByCode(d)));
    expect(straddling.length).toBeGreaterThanOrEqual(5);
    expect(epciBySiren('200035129')?.departmentCodes).toEqual(['07', '30']);
    expect(epciBySiren('243100518')).toMatchObject({ name: 'Toulouse Métropole', type: 'METRO' });
  });

  it('gives communes the SIREN of the commune itself, valid', () => {
    expect(communeByCode('09257')?.siren).toBe('210902573');
    const withSiren = communes.filter((c) => c.siren);
    expect(withSiren.length).toBe(communes.length);
    for (const c of withSiren) expect(isValidSiren(c.siren!)).toBe(true);
  });

  it('searches communes without regard to accents, case and hyphens, best matches first', () => {
    const found = searchCommunes('SAINTE croix volvestre', 5);
    expect(found[0].code).toBe('09257');
    expect(searchCommunes('sainte-croix-volv')[0].code).toBe('09257');
    expect(searchCommunes('lezignan', 3).map((c) => c.name)).toContain('Lézignan-Corbières');
    expect(searchCommunes('Cabannes').map((c) => c.code)).toEqual(expect.arrayContaining(['09070', '81045']));
    // A name that starts with the text comes before one that merely contains it.
    const toulouse = searchCommunes('toulouse', 10);
    expect(toulouse[0].name).toBe('Toulouse');
    expect(searchCommunes('saint', 7)).toHaveLength(7);
    expect(searchCommunes('0925', 50).map((c) => c.code)).toContain('09257');
    expect(searchCommunes('   ')).toEqual([]);
    expect(searchCommunes('zzzzqqq')).toEqual([]);
  });
});
