import { z } from 'zod';
import { colleges, memberKinds, memberStatuses } from '../enums';
import { ALL, defineResource, policy, READ } from '../resource';
import { departmentCode, email, enumOf, euros, isoDate, nullable, numberFrom, optionalText, phone, requiredText, siren } from '../schemas';

/** Which college a kind of member belongs to (DESIGN.md, « four colleges »). */
export const collegeOfKind = { region: 1, departement: 2, commune: 3, epci: 3, etablissement: 4, association: 4 } as const;

export const memberSchema = z
  .object({
    name: requiredText(200),
    college: numberFrom('Collège 1 à 4').pipe(z.union(colleges.values.map((c) => z.literal(c)), { error: 'Collège 1 à 4' })),
    kind: enumOf(memberKinds.values),
    siren: nullable(siren),
    departmentCode: nullable(departmentCode),
    joinedOn: isoDate,
    leftOn: nullable(isoDate),
    status: enumOf(memberStatuses.values),
    contribution: euros.default(0),
    contactName: optionalText(200),
    contactEmail: nullable(email),
    contactPhone: phone,
  })
  .superRefine((m, ctx) => {
    if (collegeOfKind[m.kind] !== m.college)
      ctx.addIssue({ code: 'custom', path: ['college'], message: `Un membre de ce type relève du collège ${collegeOfKind[m.kind]}` });
    if (m.leftOn && m.leftOn < m.joinedOn)
      ctx.addIssue({ code: 'custom', path: ['leftOn'], message: 'La date de retrait précède la date d’adhésion' });
    if (m.kind !== 'region' && m.kind !== 'association' && m.kind !== 'etablissement' && !m.departmentCode)
      ctx.addIssue({ code: 'custom', path: ['departmentCode'], message: 'Obligatoire pour une collectivité' });
  });
export type MemberInput = z.infer<typeof memberSchema>;

export const members = defineResource({
  name: 'members',
  label: { one: 'Membre', many: 'Membres' },
  fields: {
    id: { label: 'N°', kind: 'id', sortable: true, filter: 'eq' },
    name: { label: 'Nom', kind: 'text', sortable: true, search: true },
    college: { label: 'Collège', kind: 'enum', choices: colleges.choices, sortable: true, filter: 'eq' },
    kind: { label: 'Type', kind: 'enum', choices: memberKinds.choices, sortable: true, filter: 'eq' },
    siren: { label: 'SIREN', kind: 'text', sortable: true, filter: 'eq', search: true },
    departmentCode: { label: 'Département', kind: 'text', sortable: true, filter: 'eq' },
    joinedOn: { label: 'Adhésion', kind: 'date', sortable: true, filter: 'range' },
    leftOn: { label: 'Retrait', kind: 'date', sortable: true, filter: 'range' },
    status: { label: 'Statut', kind: 'enum', choices: memberStatuses.choices, sortable: true, filter: 'eq' },
    contribution: { label: 'Contribution annuelle (€)', kind: 'integer', unit: 'euro', sortable: true, filter: 'range' },
    contactName: { label: 'Contact', kind: 'text', search: true },
    contactEmail: { label: 'Courriel du contact', kind: 'text' },
    contactPhone: { label: 'Téléphone du contact', kind: 'text' },
    version: { label: 'Version', kind: 'integer', readOnly: true },
  },
  schema: memberSchema,
  defaultSort: ['name', 'ASC'],
  representation: ['name'],
  policy: policy({ admin: ALL, region: ALL, hr: READ, member: { read: 'scoped' } }),
});
