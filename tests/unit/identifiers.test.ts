import { describe, expect, it } from 'vitest';
import { isValidFiness, isValidRpps, isValidSiren, luhnKey, luhnValid, makeFiness } from '../../src/domain/identifiers';
import { fold, FOLD_FROM, FOLD_TO } from '../../src/domain/text';

/** Every single-digit change of a valid number must break its key (Luhn catches all of them). */
function oneDigitVariants(value: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < value.length; i++) {
    if (!/\d/.test(value[i])) continue;
    for (let d = 0; d <= 9; d++) if (String(d) !== value[i]) out.push(value.slice(0, i) + d + value.slice(i + 1));
  }
  return out;
}

describe('luhn', () => {
  it('accepts known valid sequences and refuses a changed digit', () => {
    expect(luhnValid('79927398713')).toBe(true); // the textbook example
    expect(luhnValid('79927398710')).toBe(false);
    expect(luhnValid('0')).toBe(true);
    expect(luhnValid('18')).toBe(true);
    expect(luhnValid('19')).toBe(false);
  });

  it('refuses anything but digits, and the empty string', () => {
    expect(luhnValid('')).toBe(false);
    expect(luhnValid('7992739871a')).toBe(false);
    expect(luhnValid(' 79927398713')).toBe(false);
    expect(luhnValid('-18')).toBe(false);
  });

  it('luhnKey computes the digit that makes the sequence valid, and only that one', () => {
    for (const body of ['7992739871', '20006794', '1000345678', '0']) {
      const key = luhnKey(body);
      expect(key).toMatch(/^\d$/);
      expect(luhnValid(body + key)).toBe(true);
      for (let d = 0; d <= 9; d++) if (String(d) !== key) expect(luhnValid(body + d)).toBe(false);
    }
    expect(luhnKey('7992739871')).toBe('3');
  });
});

describe('SIREN', () => {
  it('accepts the real SIRENs of the GIP’s members', () => {
    expect(isValidSiren('200067940')).toBe(true); // CC Couserans-Pyrénées
    expect(isValidSiren('200066363')).toBe(true); // CC de la Haute Ariège
    expect(isValidSiren('200053791')).toBe(true); // Région Occitanie
    expect(isValidSiren('243000585')).toBe(true); // CC Beaucaire Terre d'Argence
  });

  it('refuses any one changed digit', () => {
    const variants = oneDigitVariants('200067940');
    expect(variants).toHaveLength(81);
    for (const v of variants) expect(isValidSiren(v), v).toBe(false);
    expect(isValidSiren('200067941')).toBe(false);
  });

  it('refuses a wrong length or non-digits even when the Luhn sum works', () => {
    expect(isValidSiren('0200067940')).toBe(false); // 10 digits, still Luhn-valid
    expect(luhnValid('0200067940')).toBe(true);
    expect(isValidSiren('20006794')).toBe(false);
    expect(isValidSiren('200 067 940')).toBe(false);
    expect(isValidSiren('')).toBe(false);
  });
});

describe('RPPS', () => {
  const valid = '1000345678' + luhnKey('1000345678');

  it('accepts 11 digits with a Luhn key', () => {
    expect(valid).toHaveLength(11);
    expect(isValidRpps(valid)).toBe(true);
    expect(isValidRpps('79927398713')).toBe(true);
  });

  it('refuses a changed digit, a wrong length, letters', () => {
    for (const v of oneDigitVariants(valid)) expect(isValidRpps(v), v).toBe(false);
    expect(isValidRpps(valid.slice(1))).toBe(false);
    expect(isValidRpps(`0${valid}`)).toBe(false);
    expect(isValidRpps('200067940')).toBe(false); // a valid SIREN is not an RPPS number
    expect(isValidRpps('1000345678A')).toBe(false);
  });
});

describe('FINESS', () => {
  it('accepts real FINESS numbers of Occitanie (key over the first 8 characters)', () => {
    expect(isValidFiness('310781406')).toBe(true); // CHU de Toulouse
    expect(isValidFiness('340780477')).toBe(true); // CHU de Montpellier
  });

  it('refuses a changed digit and a wrong shape', () => {
    for (const v of oneDigitVariants('310781406')) expect(isValidFiness(v), v).toBe(false);
    expect(isValidFiness('31078140')).toBe(false);
    expect(isValidFiness('3107814060')).toBe(false);
    expect(isValidFiness('2C0000016')).toBe(false);
    expect(isValidFiness('3A0000016')).toBe(false);
    expect(isValidFiness('2a0000016')).toBe(false); // upper case only (the schema upper-cases input)
  });

  it('counts Corsica’s 2A and 2B as 20 for the key', () => {
    const body = '000001';
    const key = luhnKey(`20${body}`);
    expect(isValidFiness(`2A${body}${key}`)).toBe(true);
    expect(isValidFiness(`2B${body}${key}`)).toBe(true);
    expect(isValidFiness(`20${body}${key}`)).toBe(true);
    const wrong = String((Number(key) + 1) % 10);
    expect(isValidFiness(`2A${body}${wrong}`)).toBe(false);
    expect(isValidFiness(`2B${body}${wrong}`)).toBe(false);
  });

  it('makeFiness builds valid numbers whose key is the last character', () => {
    expect(makeFiness('09', 1)).toMatch(/^09000001\d$/);
    expect(makeFiness('2A', 1)).toBe(`2A000001${luhnKey('20000001')}`);
    for (const dep of ['09', '11', '12', '30', '31', '32', '34', '46', '48', '65', '66', '81', '82', '2A', '2B'])
      for (const serial of [0, 1, 42, 999999]) {
        const finess = makeFiness(dep, serial);
        expect(finess).toHaveLength(9);
        expect(isValidFiness(finess), finess).toBe(true);
      }
  });
});

describe('fold', () => {
  it('strips French diacritics and lower-cases', () => {
    expect(fold('Ariège')).toBe('ariege');
    expect(fold('ÉGLISE')).toBe('eglise');
    expect(fold('Église')).toBe('eglise');
    expect(fold('école')).toBe('ecole');
    expect(fold('Nîmes')).toBe('nimes');
    expect(fold('Français')).toBe('francais');
    expect(fold('Lozère Haÿ Ñandú Ôÿ')).toBe('lozere hay nandu oy');
    expect(fold('CHU')).toBe('chu');
  });

  it('turns hyphens and apostrophes (straight and typographic) into spaces', () => {
    expect(fold('Sainte-Croix-Volvestre')).toBe('sainte croix volvestre');
    expect(fold("Val d'Ariège")).toBe('val d ariege');
    expect(fold('Val d’Ariège')).toBe('val d ariege');
    expect(fold('Saint-Hilaire-de-Brethmas')).toBe('saint hilaire de brethmas');
  });

  it('keeps digits, spaces and other characters', () => {
    expect(fold('Centre 31 (Cugnaux)')).toBe('centre 31 (cugnaux)');
    expect(fold('')).toBe('');
  });

  it('maps character for character (the SQL translate() twin needs equal lengths)', () => {
    expect([...FOLD_FROM]).toHaveLength([...FOLD_TO].length);
    for (const ch of FOLD_FROM) expect(fold(ch)).toHaveLength(1);
  });

  it('sorts French words as a French reader expects once folded', () => {
    const words = ['Zone', 'Église', 'CHU', 'école', 'centre'];
    const sorted = [...words].sort((a, b) => (fold(a) < fold(b) ? -1 : fold(a) > fold(b) ? 1 : 0));
    expect(sorted).toEqual(['centre', 'CHU', 'école', 'Église', 'Zone']);
  });
});
