import { z } from 'zod';
import { roles } from '../enums';
import { ALL, defineResource, policy } from '../resource';
import { email, enumOf, optionalId, requiredText } from '../schemas';

/** Minimum length of a password (a passphrase is encouraged). */
export const MIN_PASSWORD_LENGTH = 12;
export const newPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Au moins ${MIN_PASSWORD_LENGTH} caractères`)
  .max(500, '500 caractères au plus');

export const userSchema = z
  .object({
    email,
    name: requiredText(200),
    role: enumOf(roles.values),
    memberId: optionalId,
    active: z.boolean().default(true),
    /** Sets the account's password; absent or empty, the password is unchanged. */
    password: z.preprocess((v) => (v === '' || v === null ? undefined : v), newPassword.optional()),
  })
  .superRefine((u, ctx) => {
    if (u.role === 'member' && !u.memberId)
      ctx.addIssue({ code: 'custom', path: ['memberId'], message: 'Un compte « membre » est rattaché à un membre' });
    if (u.role !== 'member' && u.memberId)
      ctx.addIssue({ code: 'custom', path: ['memberId'], message: 'Seul un compte « membre » est rattaché à un membre' });
  });

export const users = defineResource({
  name: 'users',
  label: { one: 'Utilisateur', many: 'Utilisateurs' },
  fields: {
    id: { label: 'N°', kind: 'id', sortable: true, filter: 'eq' },
    email: { label: 'Courriel', kind: 'text', sortable: true, search: true },
    name: { label: 'Nom', kind: 'text', sortable: true, search: true },
    role: { label: 'Rôle', kind: 'enum', choices: roles.choices, sortable: true, filter: 'eq' },
    memberId: { label: 'Membre', kind: 'reference', reference: 'members', filter: 'eq' },
    active: { label: 'Actif', kind: 'boolean', sortable: true, filter: 'eq' },
    password: { label: 'Nouveau mot de passe', kind: 'text', writeOnly: true },
    version: { label: 'Version', kind: 'integer', readOnly: true },
  },
  schema: userSchema,
  defaultSort: ['name', 'ASC'],
  representation: ['name'],
  policy: policy({ admin: ALL }),
});
