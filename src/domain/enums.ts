/**
 * Every enumerated value of the domain, with its French label. The server's CHECK constraints,
 * the zod schemas and the app's choices all come from these lists.
 */

export interface Choice<V extends string | number = string> {
  readonly id: V;
  readonly name: string;
}

function choices<const V extends string | number>(entries: readonly (readonly [V, string])[]) {
  const list: readonly Choice<V>[] = entries.map(([id, name]) => ({ id, name }));
  const values = entries.map(([id]) => id) as unknown as readonly [V, ...V[]];
  const label = (value: V) => list.find((c) => c.id === value)?.name ?? String(value);
  return { choices: list, values, label };
}

export const roles = choices([
  ['admin', 'Administrateur'],
  ['region', 'Région'],
  ['hr', 'Ressources humaines'],
  ['member', 'Membre'],
] as const);
export type Role = (typeof roles.values)[number];

export const colleges = choices([
  [1, 'Collège 1 — Région Occitanie'],
  [2, 'Collège 2 — Départements'],
  [3, 'Collège 3 — Communes et intercommunalités'],
  [4, 'Collège 4 — Structures partenaires'],
] as const);
export type College = (typeof colleges.values)[number];

export const memberKinds = choices([
  ['region', 'Région'],
  ['departement', 'Département'],
  ['commune', 'Commune'],
  ['epci', 'Intercommunalité (EPCI)'],
  ['etablissement', 'Établissement'],
  ['association', 'Association'],
] as const);
export type MemberKind = (typeof memberKinds.values)[number];

export const memberStatuses = choices([
  ['candidat', 'Adhésion en cours'],
  ['actif', 'Membre actif'],
  ['retire', 'Retiré'],
] as const);

export const centreStatuses = choices([
  ['projet', 'Projet'],
  ['travaux', 'Travaux'],
  ['ouvert', 'Ouvert'],
  ['suspendu', 'Suspendu'],
  ['ferme', 'Fermé'],
] as const);
export type CentreStatus = (typeof centreStatuses.values)[number];

export const services = choices([
  ['programmes', 'Soins programmés'],
  ['non_programmes', 'Soins non programmés'],
  ['visites', 'Visites à domicile'],
  ['permanence', 'Permanence des soins'],
  ['msu', 'Accueil d’internes (MSU)'],
] as const);

/** Clinicians count toward the 200; medical secretaries are staff but not clinicians. */
export const professions = choices([
  ['medecin', 'Médecin généraliste'],
  ['infirmier', 'Infirmier·e'],
  ['sage_femme', 'Sage-femme'],
  ['secretaire', 'Secrétaire médical·e'],
] as const);
export type Profession = (typeof professions.values)[number];
export const clinicianProfessions: readonly Profession[] = ['medecin', 'infirmier', 'sage_femme'];

export const positionStatuses = choices([
  ['ouvert', 'Ouvert'],
  ['pourvu', 'Pourvu'],
  ['gele', 'Gelé'],
] as const);

export const candidateSources = choices([
  ['forum', 'Forum, salon'],
  ['faculte', 'Faculté de médecine'],
  ['site', 'Site web'],
  ['bouche_a_oreille', 'Bouche-à-oreille'],
  ['reseaux', 'Réseaux sociaux'],
  ['candidature_spontanee', 'Candidature spontanée'],
  ['autre', 'Autre'],
] as const);

/** Stages in pipeline order; the last three are outcomes. */
export const stages = choices([
  ['recue', 'Reçue'],
  ['preselection', 'Présélection'],
  ['entretien', 'Entretien'],
  ['offre', 'Offre'],
  ['acceptee', 'Acceptée'],
  ['refusee', 'Refusée'],
  ['retiree', 'Retirée'],
] as const);
export type Stage = (typeof stages.values)[number];

export const contracts = choices([
  ['cdi', 'CDI'],
  ['cdd', 'CDD'],
  ['vacation', 'Vacation'],
] as const);
export type Contract = (typeof contracts.values)[number];

/**
 * A hire as of today (the hires list's filter): in post (started, and not ended before today: the end
 * day is worked), to come (starts after today) or contract ended.
 */
export const hireSituations = choices([
  ['active', 'En poste'],
  ['upcoming', 'À venir'],
  ['ended', 'Contrat terminé'],
] as const);
export type HireSituation = (typeof hireSituations.values)[number];

export const auditActions = choices([
  ['create', 'Création'],
  ['update', 'Modification'],
  ['delete', 'Suppression'],
  ['login', 'Connexion'],
  ['login_failed', 'Échec de connexion'],
  ['logout', 'Déconnexion'],
  ['denied', 'Accès refusé'],
  ['export', 'Export des données'],
] as const);

/** What a candidate's file is (documents). */
export const documentKinds = choices([
  ['cv', 'CV'],
  ['lettre', 'Lettre de motivation'],
  ['diplome', 'Diplôme'],
  ['autre', 'Autre'],
] as const);
export type DocumentKind = (typeof documentKinds.values)[number];

/** Where an interview stands (interviews). */
export const interviewStatuses = choices([
  ['prevu', 'Prévu'],
  ['fait', 'Fait'],
  ['annule', 'Annulé'],
] as const);
export type InterviewStatus = (typeof interviewStatuses.values)[number];
/** What an e-mail is sent for: one template each (email-templates), fixed. */
export const emailEvents = choices([
  ['candidature_recue', 'Candidature reçue'],
  ['invitation_entretien', 'Invitation à un entretien'],
  ['offre', 'Proposition de poste'],
  ['refus', 'Réponse négative'],
  ['retrait', 'Retrait confirmé'],
] as const);
export type EmailEvent = (typeof emailEvents.values)[number];

/** Where a message of the outbox (emails) stands. */
export const emailStatuses = choices([
  ['en_attente', 'En attente'],
  ['envoye', 'Envoyé'],
  ['echec', 'Échec'],
] as const);
export type EmailStatus = (typeof emailStatuses.values)[number];

/** Every outcome reason, of either list (`autre` is in both): the field's choices, for lists and filters. */
export const outcomeReasons = choices([
  ['profil', 'Profil ne correspondant pas'],
  ['poste_pourvu', 'Poste pourvu'],
  ['injoignable', 'Candidat·e injoignable'],
  ['remuneration', 'Rémunération'],
  ['localisation', 'Localisation'],
  ['autre_offre', 'Autre offre acceptée'],
  ['situation_personnelle', 'Situation personnelle'],
  ['autre', 'Autre'],
] as const);
type OutcomeReason = (typeof outcomeReasons.values)[number];
const outcomeReasonsOf = <const V extends OutcomeReason>(ids: readonly V[]) => choices(ids.map((id) => [id, outcomeReasons.label(id)] as const));

/** Why an application was refused (outcome `refusee`): `outcomeReason`. */
export const refusalReasons = outcomeReasonsOf(['profil', 'poste_pourvu', 'injoignable', 'autre']);
export type RefusalReason = (typeof refusalReasons.values)[number];

/** Why a candidate withdrew (outcome `retiree`): `outcomeReason`. */
export const withdrawalReasons = outcomeReasonsOf(['remuneration', 'localisation', 'autre_offre', 'situation_personnelle', 'autre']);
export type WithdrawalReason = (typeof withdrawalReasons.values)[number];
