/**
 * The consent a candidate gives when applying on the public site (GDPR, art. 6-1-a and 7: a consent
 * must be provable, so the exact text agreed to is kept by version). A text is never edited once
 * used: a new wording is a new version, and CURRENT_CONSENT_VERSION moves to it. Each consent given is
 * stored (table `consents`: candidate, version, date, channel), for the GDPR screens to build on.
 */

export interface ConsentText {
  readonly version: string;
  /** The box's label, as shown next to it. */
  readonly text: string;
  /** How long the candidate's file is kept after this consent, in years (CNIL: two years after the last contact). */
  readonly retentionYears: number;
}

export const consentTexts: readonly ConsentText[] = [
  {
    version: '2026-12',
    text:
      'J’accepte que le GIP « Ma santé, Ma Région » enregistre ma candidature et mon CV pour la traiter et me ' +
      'proposer, pendant deux ans, d’autres postes de ses centres de santé. Je peux retirer mon consentement, ' +
      'accéder à mes données, les faire rectifier ou effacer à tout moment en écrivant à dpo@masantemaregion.fr.',
    retentionYears: 2,
  },
];

export const CURRENT_CONSENT_VERSION = '2026-12';

export const currentConsent = (): ConsentText => consentTexts.find((c) => c.version === CURRENT_CONSENT_VERSION)!;

/** Where a consent was given. */
export const consentChannels = ['formulaire_offre'] as const;
export type ConsentChannel = (typeof consentChannels)[number];
