import { z } from 'zod';
import { todayInFrance } from '../calendar';
import { outcomeReasons, refusalReasons, stages, withdrawalReasons, type Stage } from '../enums';
import { ALL, defineResource, policy } from '../resource';
import { enumOf, id, isoDate, nullable, optionalDate, optionalText } from '../schemas';
import { frenchDay } from './positions';

export interface StageEvent {
  stage: (typeof stages.values)[number];
  on: string;
}

/** The reasons an outcome takes, and the message when none (or one of the other list) is given. */
export const outcomeRules: Partial<Record<Stage, { values: readonly string[]; missing: string; wrong: string }>> = {
  refusee: { values: refusalReasons.values, missing: 'Indiquez le motif du refus', wrong: 'Ce motif n’est pas un motif de refus' },
  retiree: { values: withdrawalReasons.values, missing: 'Indiquez le motif du retrait', wrong: 'Ce motif n’est pas un motif de retrait' },
};

/** The choices of `outcomeReason` for a stage (none for a stage that is not a refusal or a withdrawal). */
export const outcomeReasonChoices = (stage: string | null | undefined) =>
  stage === 'refusee' ? refusalReasons.choices : stage === 'retiree' ? withdrawalReasons.choices : [];

/** Why an outcome's reason is refused (none given, or of the other outcome's list), or undefined. */
export function outcomeReasonError(stage: string, reason: string | null | undefined): string | undefined {
  const rule = outcomeRules[stage as Stage];
  if (!rule) return undefined;
  if (!reason) return rule.missing;
  return rule.values.includes(reason) ? undefined : rule.wrong;
}

const FUTURE = 'Cette date est dans le futur : une étape est datée du jour où elle a été atteinte';

/**
 * The stage history is kept by the server: a write that changes `stage` appends `{ stage, on }`,
 * `on` being `stageOn` when given (the date the move happened), today otherwise. Neither date may be
 * in the future (today in France). A refusal or a withdrawal — moving to it, or any write of an
 * application that is there — takes a reason of its own list (`outcomeReason`, and optional text in
 * `outcomeNote`); on any other stage the server clears both (the board moves a card back out of
 * « Refusée » with the record it read, reason included: refusing it would make every such move fail).
 */
export const applicationSchema = z
  .object({
    candidateId: id,
    positionId: id,
    stage: enumOf(stages.values),
    appliedOn: isoDate,
    stageOn: optionalDate,
    outcomeReason: nullable(enumOf(outcomeReasons.values)),
    outcomeNote: optionalText(1000, { multiline: true }),
  })
  .superRefine((a, ctx) => {
    const today = todayInFrance();
    if (a.appliedOn > today) ctx.addIssue({ code: 'custom', path: ['appliedOn'], message: FUTURE });
    if (a.stageOn && a.stageOn > today) ctx.addIssue({ code: 'custom', path: ['stageOn'], message: FUTURE });
    const reason = outcomeReasonError(a.stage, a.outcomeReason);
    if (reason) ctx.addIssue({ code: 'custom', path: ['outcomeReason'], message: reason });
  });

/** The outcomes that end an application without a contract. */
export const closingStages: readonly Stage[] = ['refusee', 'retiree'];

export const RUNNING_HIRE =
  'Un contrat en cours est attaché à cette candidature : mettez d’abord fin au contrat (« Mettre fin au contrat ») avant de la refuser ou de la retirer';

/** A contract runs until its end day included (no end: it runs). */
export const hireRunning = (h: { endOn?: string | null }, today = todayInFrance()) => !h.endOn || h.endOn >= today;

/**
 * The date the stage before the one being dated was reached, which the new stage date may not precede:
 * on a move, the current stage's; when only the current stage's date is corrected, the one before it.
 */
export function previousStageDate(
  input: { stage: string; appliedOn: string },
  before?: { stage: string; stageOn?: string | null; stageHistory?: StageEvent[] },
): string | undefined {
  if (!before) return input.stage === 'recue' ? undefined : input.appliedOn;
  const history = before.stageHistory ?? [];
  if (before.stage !== input.stage) return history.at(-1)?.on ?? before.stageOn ?? input.appliedOn;
  return history.length > 1 ? history.at(-2)!.on : undefined;
}

/** Why a stage date is refused (before the previous stage's), or undefined. */
export function stageDateError(stageOn: string, previous: string | undefined): string | undefined {
  if (!previous || stageOn >= previous) return undefined;
  return `Cette date précède celle de l’étape précédente (${frenchDay(previous)})`;
}

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
    outcomeReason: { label: 'Motif', kind: 'enum', choices: outcomeReasons.choices, filter: 'eq' },
    outcomeNote: { label: 'Précisions sur le motif', kind: 'text' },
    stageHistory: { label: 'Historique', kind: 'json', readOnly: true },
    version: { label: 'Version', kind: 'integer', readOnly: true },
  },
  schema: applicationSchema,
  defaultSort: ['stageOn', 'DESC'],
  representation: ['id'],
  policy: policy({ admin: ALL, hr: ALL }),
});
