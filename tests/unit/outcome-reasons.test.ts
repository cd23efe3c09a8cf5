import { describe, expect, it } from 'vitest';
import { refusalReasons, stages, withdrawalReasons } from '../../src/domain/enums';
import { applicationSchema, outcomeReasonChoices, outcomeReasonError } from '../../src/domain/resources/applications';

/** The outcome reasons' rule of the domain schema, shared by the app's form and the server. */

const base = { candidateId: 1, positionId: 2, stage: 'entretien', appliedOn: '2024-03-01', stageOn: '2024-03-10' };
const errorsOf = (input: object) => {
  const r = applicationSchema.safeParse({ ...base, ...input });
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('outcome reasons', () => {
  it('asks a refusal for a reason of the refusal list, and a withdrawal for one of the withdrawal list', () => {
    expect(errorsOf({ stage: 'refusee' })).toEqual({ outcomeReason: 'Indiquez le motif du refus' });
    expect(errorsOf({ stage: 'refusee', outcomeReason: ' ' })).toEqual({ outcomeReason: 'Indiquez le motif du refus' });
    expect(errorsOf({ stage: 'retiree', outcomeReason: null })).toEqual({ outcomeReason: 'Indiquez le motif du retrait' });
    expect(errorsOf({ stage: 'refusee', outcomeReason: 'autre_offre' })).toEqual({ outcomeReason: 'Ce motif n’est pas un motif de refus' });
    expect(errorsOf({ stage: 'retiree', outcomeReason: 'injoignable' })).toEqual({ outcomeReason: 'Ce motif n’est pas un motif de retrait' });
    for (const reason of refusalReasons.values) expect(errorsOf({ stage: 'refusee', outcomeReason: reason })).toEqual({});
    for (const reason of withdrawalReasons.values) expect(errorsOf({ stage: 'retiree', outcomeReason: reason })).toEqual({});
  });

  it('asks nothing of the other stages (the server clears a reason sent with them)', () => {
    for (const stage of stages.values.filter((s) => s !== 'refusee' && s !== 'retiree')) {
      expect(outcomeReasonError(stage, null)).toBeUndefined();
      expect(outcomeReasonError(stage, 'profil')).toBeUndefined();
      expect(outcomeReasonChoices(stage)).toEqual([]);
    }
  });

  it('takes an optional note of at most 1000 characters, and offers each outcome its own list in French', () => {
    expect(errorsOf({ stage: 'refusee', outcomeReason: 'autre', outcomeNote: 'x'.repeat(1000) })).toEqual({});
    expect(errorsOf({ stage: 'refusee', outcomeReason: 'autre', outcomeNote: 'x'.repeat(1001) })).toEqual({ outcomeNote: '1000 caractères au plus' });
    expect(outcomeReasonChoices('refusee').map((c) => c.name)).toEqual(['Profil ne correspondant pas', 'Poste pourvu', 'Candidat·e injoignable', 'Autre']);
    expect(outcomeReasonChoices('retiree').map((c) => c.id)).toEqual(['remuneration', 'localisation', 'autre_offre', 'situation_personnelle', 'autre']);
  });
});
