/**
 * Why the demonstration's refused and withdrawn applications ended: a reason of the outcome's list,
 * weighted as recruiters of health centres report them (most refusals: the position was filled by
 * someone else, or the profile did not fit; most withdrawals: another offer, or the place), and now and
 * then a few words of detail. Drawn from their own random stream, after everything else, so no other row
 * of the demonstration moves.
 */
import type { Profession, RefusalReason, WithdrawalReason } from '../../../domain/enums';
import { Random } from '../random';
import type { ApplicationPlan, PositionPlan } from './recruitment';

const refusalWeights: [RefusalReason, number][] = [
  ['poste_pourvu', 40],
  ['profil', 35],
  ['injoignable', 15],
  ['autre', 10],
];
const withdrawalWeights: [WithdrawalReason, number][] = [
  ['autre_offre', 35],
  ['localisation', 25],
  ['remuneration', 20],
  ['situation_personnelle', 15],
  ['autre', 5],
];

const notes: Record<string, string[]> = {
  profil: ['Expérience en soins de ville insuffisante pour le poste.', 'Ne souhaite pas assurer de visites à domicile.'],
  poste_pourvu: ['Poste pourvu par une autre personne avant l’entretien.'],
  injoignable: ['Trois relances (téléphone et courriel) sans réponse.'],
  remuneration: ['Attendait une rémunération plus élevée.', 'Préfère l’exercice libéral.'],
  localisation: ['Trop loin de son domicile.', 'Le conjoint ne trouve pas d’emploi dans le secteur.'],
  autre_offre: ['A accepté un poste à l’hôpital.', 'A choisi un autre centre de santé.'],
  situation_personnelle: ['Déménagement reporté.', 'Raisons familiales.'],
  autre: ['Report du projet.'],
};

/** Sets the reason (and sometimes a note) of every refused or withdrawn application (in place). */
export function planOutcomeReasons(positions: PositionPlan[], applications: ApplicationPlan[]) {
  const random = new Random('outcome-reasons');
  for (const a of applications) {
    const stage = a.history[a.history.length - 1].stage;
    if (stage !== 'refusee' && stage !== 'retiree') continue;
    const profession: Profession = positions[a.position].profession;
    // Secretaries' posts draw many applicants: more refusals because the post was filled.
    const weights = stage === 'refusee' ? refusalWeights.map(([r, w]): [string, number] => [r, r === 'poste_pourvu' && profession === 'secretaire' ? w * 1.5 : w]) : withdrawalWeights;
    const reason = random.weighted(weights, ([, w]) => w)[0];
    a.outcomeReason = reason;
    a.outcomeNote = random.chance(0.3) ? random.pick(notes[reason]) : null;
  }
}
