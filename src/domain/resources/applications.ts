import { z } from 'zod';
import { stages } from '../enums';
import { ALL, defineResource, policy } from '../resource';
import { enumOf, id, isoDate, optionalDate } from '../schemas';

export interface StageEvent {
  stage: (typeof stages.values)[number];
  on: string;
}

/**
 * The stage history is kept by the server: a write that changes `stage` appends `{ stage, on }`,
 * `on` being `stageOn` when given (the date the move happened), today otherwise.
 */
export const applicationSchema = z.object({
  candidateId: id,
  positionId: id,
  stage: enumOf(stages.values),
  appliedOn: isoDate,
  stageOn: optionalDate,
});

export const applications = defineResource({
  name: 'applications',
  label: { one: 'Candidature', many: 'Candidatures' },
  fields: {
    id: { label: 'N°', kind: 'id', sortable: true, filter: 'eq' },
    candidateId: { label: 'Candidat·e', kind: 'reference', reference: 'candidates', sortable: true, filter: 'eq' },
    positionId: { label: 'Poste', kind: 'reference', reference: 'positions', sortable: true, filter: 'eq' },
    stage: { label: 'Étape', kind: 'enum', choices: stages.choices, sortable: true, filter: 'eq' },
    appliedOn: { label: 'Reçue le', kind: 'date', sortable: true, filter: 'range' },
    stageOn: { label: 'Étape atteinte le', kind: 'date', sortable: true, filter: 'range' },
    stageHistory: { label: 'Historique', kind: 'json', readOnly: true },
    version: { label: 'Version', kind: 'integer', readOnly: true },
  },
  schema: applicationSchema,
  defaultSort: ['stageOn', 'DESC'],
  representation: ['id'],
  policy: policy({ admin: ALL, hr: ALL }),
});
