import { z } from 'zod';
import { contracts, hireSituations, professions } from '../enums';
import { ALL, defineResource, policy, READ } from '../resource';
import { enumOf, fte, id, isoDate, nullable, optionalDate, optionalId, optionalText, requiredText, rpps } from '../schemas';

export const hireSchema = z
  .object({
    firstName: requiredText(100),
    lastName: requiredText(100),
    profession: enumOf(professions.values),
    rpps: nullable(rpps),
    centreId: id,
    contract: enumOf(contracts.values),
    fte,
    startOn: isoDate,
    endOn: optionalDate,
    endReason: optionalText(300),
    msu: z.boolean().default(false),
    outOfHours: z.boolean().default(false),
    applicationId: optionalId,
  })
  .superRefine((h, ctx) => {
    if (h.endOn && h.endOn < h.startOn)
      ctx.addIssue({ code: 'custom', path: ['endOn'], message: 'La fin du contrat précède son début' });
    if (h.profession === 'secretaire' && h.rpps)
      ctx.addIssue({ code: 'custom', path: ['rpps'], message: 'Les secrétaires médicaux n’ont pas de numéro RPPS' });
    if (h.msu && h.profession !== 'medecin')
      ctx.addIssue({ code: 'custom', path: ['msu'], message: 'Seul un médecin peut être maître de stage universitaire' });
    if (h.contract === 'cdd' && !h.endOn)
      ctx.addIssue({ code: 'custom', path: ['endOn'], message: 'Un CDD a une date de fin' });
  });

export const hires = defineResource({
  name: 'hires',
  label: { one: 'Salarié·e', many: 'Salarié·es' },
  fields: {
    id: { label: 'N°', kind: 'id', sortable: true, filter: 'eq' },
    lastName: { label: 'Nom', kind: 'text', sortable: true, search: true },
    firstName: { label: 'Prénom', kind: 'text', sortable: true, search: true },
    profession: { label: 'Profession', kind: 'enum', choices: professions.choices, sortable: true, filter: 'eq' },
    rpps: { label: 'RPPS', kind: 'text', filter: 'eq', search: true },
    centreId: { label: 'Centre', kind: 'reference', reference: 'centres', sortable: true, filter: 'eq' },
    contract: { label: 'Contrat', kind: 'enum', choices: contracts.choices, sortable: true, filter: 'eq' },
    fte: { label: 'ETP', kind: 'number', sortable: true, filter: 'range' },
    startOn: { label: 'Début', kind: 'date', sortable: true, filter: 'range' },
    endOn: { label: 'Fin', kind: 'date', sortable: true, filter: 'range' },
    endReason: { label: 'Motif de fin', kind: 'text' },
    msu: { label: 'Maître de stage (MSU)', kind: 'boolean', sortable: true, filter: 'eq' },
    outOfHours: { label: 'Permanence des soins', kind: 'boolean', sortable: true, filter: 'eq' },
    applicationId: { label: 'Candidature', kind: 'reference', reference: 'applications', filter: 'eq' },
    version: { label: 'Version', kind: 'integer', readOnly: true },
  },
  schema: hireSchema,
  defaultSort: ['startOn', 'DESC'],
  representation: ['firstName', 'lastName'],
  deleteRefusal: 'Un contrat ne se supprime pas : indiquez sa date de fin (« Mettre fin au contrat »).',
  filters: {
    // As of today in France: in post = started on or before today and not ended before it; upcoming =
    // starting after today; ended = an end date before today.
    situation: { label: 'Situation', kind: 'enum', choices: hireSituations.choices, filter: 'eq' },
  },
  policy: policy({ admin: { read: 'all', create: 'all', update: 'all' }, region: READ, hr: { read: 'all', create: 'all', update: 'all' }, member: { read: 'scoped' } }),
});
