import { z } from 'zod';
import { dateTimeWithOffset } from '../datetime';
import { interviewStatuses } from '../enums';
import { ALL, defineResource, policy } from '../resource';
import { enumOf, id, numberFrom, requiredText } from '../schemas';

export const MIN_INTERVIEW_MINUTES = 15;
export const MAX_INTERVIEW_MINUTES = 480;

/**
 * An interview for an application: when (an instant with its offset), how long, where (a place or a
 * video link), who sits on the panel (hr or admin accounts, checked by the server) and where it stands.
 */
export const interviewSchema = z
  .object({
    applicationId: id,
    startsAt: dateTimeWithOffset,
    durationMinutes: numberFrom('Durée en minutes attendue').pipe(
      z
        .number()
        .int('Durée en minutes entières')
        .min(MIN_INTERVIEW_MINUTES, `Au moins ${MIN_INTERVIEW_MINUTES} minutes`)
        .max(MAX_INTERVIEW_MINUTES, `Au plus ${MAX_INTERVIEW_MINUTES} minutes (8 heures)`),
    ),
    location: requiredText(500),
    panelUserIds: z.array(id, { error: 'Liste de comptes attendue' }).max(20, '20 personnes au plus').default([]),
    status: enumOf(interviewStatuses.values),
  })
  .superRefine((i, ctx) => {
    if (new Set(i.panelUserIds).size !== i.panelUserIds.length)
      ctx.addIssue({ code: 'custom', path: ['panelUserIds'], message: 'Une personne figure deux fois dans le jury' });
  });

export const PANEL_ROLE_REFUSAL = 'Le jury ne compte que des comptes « Ressources humaines » ou « Administrateur » actifs';

export const interviews = defineResource({
  name: 'interviews',
  label: { one: 'Entretien', many: 'Entretiens' },
  fields: {
    id: { label: 'N°', kind: 'id', sortable: true, filter: 'eq' },
    applicationId: { label: 'Candidature', kind: 'reference', reference: 'applications', sortable: true, filter: 'eq' },
    startsAt: { label: 'Date et heure', kind: 'datetime', sortable: true, filter: 'range' },
    durationMinutes: { label: 'Durée (minutes)', kind: 'integer', sortable: true },
    location: { label: 'Lieu ou lien de visioconférence', kind: 'text', search: true },
    panelUserIds: { label: 'Jury', kind: 'references', reference: 'users', filter: 'eq' },
    status: { label: 'Statut', kind: 'enum', choices: interviewStatuses.choices, sortable: true, filter: 'eq' },
    candidateId: { label: 'Candidat·e', kind: 'reference', reference: 'candidates', readOnly: true, filter: 'eq' },
    positionLabel: { label: 'Poste', kind: 'text', readOnly: true },
    version: { label: 'Version', kind: 'integer', readOnly: true },
  },
  schema: interviewSchema,
  defaultSort: ['startsAt', 'DESC'],
  representation: ['id'],
  policy: policy({ admin: ALL, hr: ALL }),
});
