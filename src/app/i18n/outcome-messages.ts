import type { Catalogue } from './app-messages';

/**
 * Words of the outcome reasons (the board's dialog that asks why a card is refused or withdrawn, the
 * funnel card's breakdown by reason), under `maillage.outcomes`. French is the reference; English is
 * typed against it.
 */
export const outcomesFr = {
  dialog: {
    refusee: 'Motif du refus — %{name}',
    retiree: 'Motif du retrait — %{name}',
    intro: 'Indiquez pourquoi la candidature passe à « %{stage} » : ce motif alimente les statistiques de recrutement.',
    reason: 'Motif',
    choose: 'Choisir un motif',
    note: 'Précisions (facultatif)',
    noteHelp: '1000 caractères au plus',
    cancel: 'Annuler',
    save: 'Enregistrer',
  },
  funnel: {
    title: 'Motifs des refus et des retraits',
    outcome: 'Issue',
    reason: 'Motif',
    profession: 'Profession',
    count: 'Candidatures',
    share: 'Part de l’issue',
    none: 'Non renseigné',
    empty: 'Aucun refus ni retrait sur la période.',
    summary: 'Premier motif de refus : %{refusal} (%{refusalCount} sur %{refused}). Premier motif de retrait : %{withdrawal} (%{withdrawalCount} sur %{withdrawn}).',
    noRefusal: 'aucun refus',
    noWithdrawal: 'aucun retrait',
  },
};

export const outcomesEn: Catalogue<typeof outcomesFr> = {
  dialog: {
    refusee: 'Reason for refusal — %{name}',
    retiree: 'Reason for withdrawal — %{name}',
    intro: 'Say why the application moves to “%{stage}”: the reason feeds the recruitment statistics.',
    reason: 'Reason',
    choose: 'Choose a reason',
    note: 'Details (optional)',
    noteHelp: 'At most 1000 characters',
    cancel: 'Cancel',
    save: 'Save',
  },
  funnel: {
    title: 'Reasons for refusals and withdrawals',
    outcome: 'Outcome',
    reason: 'Reason',
    profession: 'Profession',
    count: 'Applications',
    share: 'Share of the outcome',
    none: 'Not given',
    empty: 'No refusal or withdrawal in the period.',
    summary: 'Main reason for refusal: %{refusal} (%{refusalCount} of %{refused}). Main reason for withdrawal: %{withdrawal} (%{withdrawalCount} of %{withdrawn}).',
    noRefusal: 'no refusal',
    noWithdrawal: 'no withdrawal',
  },
};
