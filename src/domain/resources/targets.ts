import { z } from 'zod';
import { ALL, defineResource, policy, READ } from '../resource';
import { count, numberFrom } from '../schemas';

export const targetSchema = z.object({
  year: numberFrom('Année attendue').pipe(z.number().int('Année attendue').min(2022, 'À partir de 2022').max(2100, 'Année invalide')),
  professionals: count,
  centres: count,
});

export const targets = defineResource({
  name: 'targets',
  label: { one: 'Objectif', many: 'Objectifs' },
  fields: {
    id: { label: 'N°', kind: 'id', sortable: true, filter: 'eq' },
    year: { label: 'Année', kind: 'integer', sortable: true, filter: 'range' },
    professionals: { label: 'Recrutements visés dans l’année', kind: 'integer', sortable: true },
    centres: { label: 'Centres ouverts', kind: 'integer', sortable: true },
    version: { label: 'Version', kind: 'integer', readOnly: true },
  },
  schema: targetSchema,
  defaultSort: ['year', 'ASC'],
  representation: ['year'],
  policy: policy({ admin: ALL, region: ALL, hr: READ, member: READ }),
});
