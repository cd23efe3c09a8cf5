import { z } from 'zod';
import { positionStatuses, professions } from '../enums';
import { ALL, defineResource, policy, READ } from '../resource';
import { enumOf, fte, id, isoDate, optionalText } from '../schemas';

export const positionSchema = z.object({
  centreId: id,
  profession: enumOf(professions.values),
  title: optionalText(200),
  fte,
  status: enumOf(positionStatuses.values),
  published: z.boolean().default(false),
  openedOn: isoDate,
});

export const positions = defineResource({
  name: 'positions',
  label: { one: 'Poste', many: 'Postes' },
  fields: {
    id: { label: 'N°', kind: 'id', sortable: true, filter: 'eq' },
    centreId: { label: 'Centre', kind: 'reference', reference: 'centres', sortable: true, filter: 'eq' },
    profession: { label: 'Profession', kind: 'enum', choices: professions.choices, sortable: true, filter: 'eq' },
    title: { label: 'Intitulé', kind: 'text', sortable: true, search: true },
    fte: { label: 'ETP', kind: 'number', sortable: true, filter: 'range' },
    status: { label: 'Statut', kind: 'enum', choices: positionStatuses.choices, sortable: true, filter: 'eq' },
    published: { label: 'Offre publiée', kind: 'boolean', sortable: true, filter: 'eq' },
    openedOn: { label: 'Ouvert le', kind: 'date', sortable: true, filter: 'range' },
    version: { label: 'Version', kind: 'integer', readOnly: true },
  },
  schema: positionSchema,
  defaultSort: ['openedOn', 'DESC'],
  representation: ['title'],
  policy: policy({ admin: ALL, region: READ, hr: ALL, member: { read: 'scoped' } }),
});
