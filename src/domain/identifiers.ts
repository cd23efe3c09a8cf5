/** Check keys of French public identifiers (SIREN, RPPS, FINESS). */

/** Luhn check over a string of digits. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The Luhn check digit to append to `digits`. */
export function luhnKey(digits: string): string {
  for (let k = 0; k <= 9; k++) if (luhnValid(digits + k)) return String(k);
  throw new Error('unreachable');
}

/** SIREN: 9 digits, Luhn key. */
export function isValidSiren(value: string): boolean {
  return /^\d{9}$/.test(value) && luhnValid(value);
}

/** RPPS (répertoire partagé des professionnels de santé): 11 digits, Luhn key. */
export function isValidRpps(value: string): boolean {
  return /^\d{11}$/.test(value) && luhnValid(value);
}

/**
 * FINESS: 9 characters, the department code (2A/2B in Corsica) then 6 digits then a Luhn key
 * computed over the first 8 characters, Corsica's letters counted as 0.
 */
export function isValidFiness(value: string): boolean {
  if (!/^(\d{2}|2A|2B)\d{7}$/.test(value)) return false;
  return luhnValid(value.replace(/^2[AB]/, '20'));
}

/** A valid FINESS number for a department and a 6-digit serial. */
export function makeFiness(departmentCode: string, serial: number): string {
  const body = departmentCode + String(serial).padStart(6, '0');
  return body + luhnKey(body.replace(/^2[AB]/, '20'));
}
