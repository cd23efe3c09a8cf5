import { z } from 'zod';
import { centreStatuses, services } from '../enums';
import { ALL, defineResource, policy, READ } from '../resource';
import { communeCode, enumOf, euros, finess, id, nullable, optionalDate, optionalId, optionalText, requiredText } from '../schemas';

export const centreSchema = z
  .object({
    name: requiredText(200),
    communeCode,
    address: optionalText(300),
    status: enumOf(centreStatuses.values),
    plannedOpeningOn: optionalDate,
    openedOn: optionalDate,
    closedOn: optionalDate,
    finess: nullable(finess),
    memberIds: z.array(id).default([]),
    services: z.array(enumOf(services.values)).default([]),
    priorityZone: z.boolean().default(false),
    parentCentreId: optionalId,
    openingBudget: nullable(euros),
  })
  .superRefine((c, ctx) => {
    const opened = c.status === 'ouvert' || c.status === 'suspendu' || c.status === 'ferme';
    if (opened && !c.openedOn)
      ctx.addIssue({ code: 'custom', path: ['openedOn'], message: 'Obligatoire pour un centre ouvert' });
    if (!opened && c.openedOn)
      ctx.addIssue({ code: 'custom', path: ['openedOn'], message: 'Un centre en projet ou en travaux n’a pas de date d’ouverture' });
    if (c.status === 'ferme' && !c.closedOn)
      ctx.addIssue({ code: 'custom', path: ['closedOn'], message: 'Obligatoire pour un centre fermé' });
    if (c.closedOn && c.openedOn && c.closedOn < c.openedOn)
      ctx.addIssue({ code: 'custom', path: ['closedOn'], message: 'La fermeture précède l’ouverture' });
    if (new Set(c.memberIds).size !== c.memberIds.length)
      ctx.addIssue({ code: 'custom', path: ['memberIds'], message: 'Un membre figure deux fois' });
  });
export type CentreInput = z.infer<typeof centreSchema>;

export const centres = defineResource({
  name: 'centres',
  label: { one: 'Centre de santé', many: 'Centres de santé' },
  fields: {
    id: { label: 'N°', kind: 'id', sortable: true, filter: 'eq' },
    name: { label: 'Nom', kind: 'text', sortable: true, search: true },
    communeCode: { label: 'Commune (INSEE)', kind: 'text', sortable: true, filter: 'eq', search: true },
    departmentCode: { label: 'Département', kind: 'text', sortable: true, filter: 'eq', readOnly: true },
    address: { label: 'Adresse', kind: 'text', search: true },
    status: { label: 'Statut', kind: 'enum', choices: centreStatuses.choices, sortable: true, filter: 'eq' },
    plannedOpeningOn: { label: 'Ouverture prévue', kind: 'date', sortable: true, filter: 'range' },
    openedOn: { label: 'Ouverture', kind: 'date', sortable: true, filter: 'range' },
    closedOn: { label: 'Fermeture', kind: 'date', sortable: true, filter: 'range' },
    finess: { label: 'FINESS', kind: 'text', filter: 'eq', search: true },
    memberIds: { label: 'Membres porteurs', kind: 'references', reference: 'members', filter: 'eq' },
    services: { label: 'Services', kind: 'enumList', choices: services.choices, filter: 'eq' },
    priorityZone: { label: 'Zone prioritaire', kind: 'boolean', sortable: true, filter: 'eq' },
    parentCentreId: { label: 'Centre principal (antenne de)', kind: 'reference', reference: 'centres', filter: 'eq' },
    openingBudget: { label: 'Budget d’ouverture (€)', kind: 'integer', unit: 'euro', sortable: true, filter: 'range' },
    version: { label: 'Version', kind: 'integer', readOnly: true },
  },
  schema: centreSchema,
  defaultSort: ['name', 'ASC'],
  representation: ['name'],
  policy: policy({ admin: ALL, region: ALL, hr: READ, member: { read: 'scoped' } }),
});
