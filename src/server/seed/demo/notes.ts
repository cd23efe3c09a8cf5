/**
 * HR's notes on the candidates of the last months: a few per application, each written while the
 * application stood at the stage it speaks of (from the day it reached it to the day before the next,
 * never later than yesterday), by the demonstration's HR account; some on the candidate rather than
 * one application. Own random stream: no other row of the demonstration moves.
 */
import { addDays, daysBetween, minDate } from '../../../domain/calendar';
import { parisLocalToIso } from '../../../domain/datetime';
import { demoAccounts } from '../../../domain/demo';
import type { Stage } from '../../../domain/enums';
import { communeByCode } from '../../../domain/reference';
import { Random } from '../random';
import type { CentrePlan } from './centres';
import { ofPlace } from './members';
import { isFemaleName } from './people';
import type { ApplicationPlan, CandidatePlan, PositionPlan } from './recruitment';

export interface NotePlan {
  candidate: number;
  /** Null: a note on the candidate, not on one application. */
  application: number | null;
  body: string;
  /** A demonstration account (e-mail address). */
  author: string;
  /** ISO with France's offset. */
  createdAt: string;
}

/** How far back notes go: HR writes them on the applications it is working on. */
const NOTES_SINCE_DAYS = 240;

/** `g(masculine, feminine)` agrees a word with the candidate. */
type Text = (v: { commune: string; g: (masculine: string, feminine: string) => string }) => string;
const byStage: Record<Stage, Text[]> = {
  recue: [
    () => 'Premier appel : disponible pour un échange la semaine prochaine.',
    () => 'Dossier incomplet : copie du diplôme demandée par courriel.',
    ({ commune }) => `Connaît déjà le secteur ${ofPlace(commune)} ; souhaite visiter le centre.`,
  ],
  preselection: [
    () => 'Diplôme et inscription à l’Ordre vérifiés. Profil conforme au poste.',
    () => 'Dossier transmis au médecin coordinateur du centre pour avis.',
    () => 'Prétentions salariales dans la grille ; disponible sous trois mois.',
  ],
  entretien: [
    ({ commune }) => `Entretien calé avec le médecin coordinateur du centre ${ofPlace(commune)} ; visite des locaux proposée.`,
    () => 'Demande un entretien en visioconférence (déplacement difficile cette semaine).',
    () => 'Références prises auprès d’un ancien employeur : très bon retour.',
  ],
  offre: [
    () => 'Offre envoyée par courriel, réponse attendue sous dix jours.',
    ({ g }) => `A demandé quelques jours pour répondre : attend une réponse sur la mutation ${g('de sa conjointe', 'de son conjoint')}.`,
    () => 'Question sur le logement : mise en relation avec la mairie.',
  ],
  acceptee: [
    () => 'Offre acceptée. DPAE, visite médicale et badge à prévoir avant la prise de poste.',
    () => 'Accord reçu par courriel ; contrat envoyé pour signature.',
  ],
  refusee: [
    () => 'Réponse négative envoyée ; à recontacter si un poste s’ouvre plus près de son domicile.',
    () => 'Refus expliqué par téléphone : le poste demandait une disponibilité immédiate.',
  ],
  retiree: [
    () => 'A retiré sa candidature : a accepté un poste en libéral.',
    ({ g }) => `Retrait : mutation ${g('de sa conjointe', 'de son conjoint')} hors de la région.`,
    () => 'Ne donne plus de nouvelles après deux relances ; candidature close.',
  ],
};
const onCandidate: Text[] = [
  ({ g }) => `Préfère être ${g('appelé', 'appelée')} en fin de journée, après 17 h.`,
  ({ g }) => `${g('Ouvert', 'Ouverte')} à d’autres centres du département si le poste est pourvu.`,
  ({ g }) => `${g('Intéressé', 'Intéressée')} par la maîtrise de stage, à rappeler quand le centre sera agréé.`,
  ({ g }) => `${g('Sa conjointe est infirmière', 'Son conjoint est infirmier')}, également à la recherche d’un poste dans le secteur.`,
];

export function planNotes(today: string, centres: CentrePlan[], positions: PositionPlan[], candidates: CandidatePlan[], applications: ApplicationPlan[]): NotePlan[] {
  const random = new Random('notes');
  const author = demoAccounts.find((a) => a.role === 'hr')!.email;
  const centreByKey = new Map(centres.map((c) => [c.key, c]));
  const yesterday = addDays(today, -1);
  const at = (day: string) => parisLocalToIso(day, `${String(random.int(9, 17)).padStart(2, '0')}:${String(random.int(0, 11) * 5).padStart(2, '0')}`);
  const out: NotePlan[] = [];
  applications.forEach((a, i) => {
    const last = a.history[a.history.length - 1];
    if (daysBetween(last.on, today) > NOTES_SINCE_DAYS || !random.chance(0.45)) return;
    const commune = communeByCode(centreByKey.get(positions[a.position].centre)!.commune)!.name;
    const female = isFemaleName(candidates[a.candidate].person.firstName);
    const v = { commune, g: (masculine: string, feminine: string) => (female ? feminine : masculine) };
    // One or two stages of its history, each noted while the application stood there.
    const chosen = a.history.filter(() => random.chance(0.35));
    if (!chosen.length) chosen.push(last);
    for (const e of chosen.slice(-2)) {
      const k = a.history.indexOf(e);
      const until = minDate(k + 1 < a.history.length ? addDays(a.history[k + 1].on, -1) : addDays(e.on, 6), yesterday);
      if (until < e.on) continue;
      const day = addDays(e.on, random.int(0, daysBetween(e.on, until)));
      out.push({ candidate: a.candidate, application: i, body: random.pick(byStage[e.stage])(v), author, createdAt: at(day) });
    }
    if (random.chance(0.15) && a.history[0].on < yesterday) {
      const day = addDays(a.history[0].on, random.int(1, daysBetween(a.history[0].on, yesterday)));
      out.push({ candidate: a.candidate, application: null, body: random.pick(onCandidate)(v), author, createdAt: at(day) });
    }
  });
  return out;
}
