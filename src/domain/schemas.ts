import { z } from 'zod';
import { isValidFiness, isValidRpps, isValidSiren } from './identifiers';

/** Building blocks shared by the resources' write schemas. Messages are French: users read them. */

z.config(z.locales.fr());

const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

export const requiredText = (max = 200) =>
  z.string({ error: 'Obligatoire' }).trim().min(1, 'Obligatoire').max(max, `${max} caractères au plus`);

export const optionalText = (max = 200) =>
  z.preprocess(blankToNull, z.string().trim().max(max, `${max} caractères au plus`).nullable()).default(null);

export const isoDate = z.iso.date({ error: 'Date attendue (AAAA-MM-JJ)' });
export const optionalDate = z.preprocess(blankToNull, isoDate.nullable()).default(null);
export const isoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Mois attendu (AAAA-MM)');

export const id = z.coerce.number({ error: 'Identifiant attendu' }).int().positive('Identifiant attendu');
export const optionalId = z.preprocess(blankToNull, id.nullable()).default(null);

export const count = z.coerce.number({ error: 'Nombre attendu' }).int('Nombre entier attendu').min(0, 'Doit être positif ou nul');
export const euros = z.coerce.number({ error: 'Montant attendu' }).int('Montant en euros entiers').min(0, 'Doit être positif ou nul');

/** Full-time equivalent in (0, 1]. */
export const fte = z.coerce
  .number({ error: 'Nombre attendu' })
  .gt(0, 'Le temps de travail doit être supérieur à 0')
  .max(1, 'Le temps de travail ne peut dépasser 1 ETP');

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
