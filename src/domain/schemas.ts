import { z } from 'zod';
import { isValidFiness, isValidRpps, isValidSiren } from './identifiers';

/** Building blocks shared by the resources' write schemas. Messages are French: users read them. */

z.config(z.locales.fr());

const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

/**
 * Characters that have no place in a stored text, because they are invisible or reorder what is shown
 * (a name « \u202Eenilom » reads « moline » in a list, a CSV or the audit log): C0 and C1 controls
 * (tab, line feed and carriage return aside, allowed in multi-line texts only), the bidirectional
 * embeddings, overrides and isolates, the directional marks, and zero-width characters.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_BREAK_OR_TAB = /[\t\n\r]/;
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

export interface TextOptions {
  /** Tab, line feed and carriage return are allowed (a note, a message). */
  multiline?: boolean;
}

/** What is wrong with a text's characters, or null. */
export function forbiddenCharacters(value: string, options: TextOptions = {}): string | null {
  if (CONTROL.test(value) || (!options.multiline && LINE_BREAK_OR_TAB.test(value))) return 'Caractère de contrôle non autorisé';
  if (INVISIBLE.test(value)) return 'Caractère invisible ou d’inversion du sens d’écriture non autorisé';
  return null;
}

/** A text as stored: trimmed, in Unicode NFC (« é » typed as e + accent is the same « é »), refused if it holds a forbidden character. */
const cleanText = (options: TextOptions) =>
  z
    .string({ error: 'Texte attendu' })
    .trim()
    .transform((v, ctx) => {
      const problem = forbiddenCharacters(v, options);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
      return v.normalize('NFC');
    });

export const requiredText = (max = 200, options: TextOptions = {}) =>
  z.preprocess(
    (v) => (v === undefined || v === null ? '' : v),
    cleanText(options).pipe(z.string().min(1, 'Obligatoire').max(max, `${max} caractères au plus`)),
  );

export const optionalText = (max = 200, options: TextOptions = {}) =>
  z.preprocess(blankToNull, cleanText(options).pipe(z.string().max(max, `${max} caractères au plus`)).nullable()).default(null);

/**
 * A number as JSON sends it, or the text of a decimal number (« 12 », « 0.5 », « 0,5 »), and nothing
 * else: `z.coerce.number()` turned null, "", " ", [] and false into 0, true and [1] into 1 and "0x10"
 * into 16, so a missing figure was stored as zero. Blank or absent is « Obligatoire ».
 */
const DECIMAL = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;
const toNumber = (v: unknown): unknown => {
  if (typeof v !== 'string') return v === null ? undefined : v;
  const text = v.trim();
  if (text === '') return undefined;
  return DECIMAL.test(text) ? Number(text.replace(',', '.')) : v;
};
export const numberFrom = (expected = 'Nombre attendu') =>
  z.preprocess(toNumber, z.number({ error: (issue) => (issue.input === undefined ? 'Obligatoire' : expected) }));

export const isoDate = z.iso.date({ error: 'Date attendue (AAAA-MM-JJ)' });
export const optionalDate = z.preprocess(blankToNull, isoDate.nullable()).default(null);
export const isoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Mois attendu (AAAA-MM)');

export const id = numberFrom('Identifiant attendu').pipe(z.number().int('Identifiant attendu').positive('Identifiant attendu'));
export const optionalId = z.preprocess(blankToNull, id.nullable()).default(null);

export const count = numberFrom().pipe(z.number().int('Nombre entier attendu').min(0, 'Doit être positif ou nul'));
export const euros = numberFrom('Montant attendu').pipe(z.number().int('Montant en euros entiers').min(0, 'Doit être positif ou nul'));

/** Full-time equivalent in (0, 1]. */
export const fte = numberFrom().pipe(
  z.number().gt(0, 'Le temps de travail doit être supérieur à 0').max(1, 'Le temps de travail ne peut dépasser 1 ETP'),
);

export const siren = z
  .string()
  .trim()
  .regex(/^\d{9}$/, 'Le SIREN compte 9 chiffres')
  .refine(isValidSiren, 'Clé de contrôle du SIREN invalide');

export const rpps = z
  .string()
  .trim()
  .regex(/^\d{11}$/, 'Le numéro RPPS compte 11 chiffres')
  .refine(isValidRpps, 'Clé de contrôle du numéro RPPS invalide');

export const finess = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^(\d{2}|2A|2B)\d{7}$/, 'Le numéro FINESS compte 9 caractères')
  .refine(isValidFiness, 'Clé de contrôle du numéro FINESS invalide');

export const email = z.email('Adresse électronique invalide').trim().toLowerCase().max(200);
export const phone = z.preprocess(
  blankToNull,
  z.string().trim().regex(/^\+?[\d .-]{9,20}$/, 'Numéro de téléphone invalide').nullable(),
).default(null);

export const departmentCode = z.string().regex(/^(\d{2}|2A|2B|97\d)$/, 'Code de département invalide');
export const communeCode = z.string().regex(/^(\d{5}|2A\d{3}|2B\d{3})$/, 'Code INSEE invalide');

export const nullable = <T extends z.ZodType>(schema: T) => z.preprocess(blankToNull, schema.nullable()).default(null);

export function enumOf<const V extends readonly [string, ...string[]]>(values: V, message = 'Valeur non reconnue') {
  return z.enum(values, { error: message });
}
