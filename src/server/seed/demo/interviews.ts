/**
 * Interviews: one for every application that reached « entretien ». Those that went on (offer,
 * refusal, withdrawal) had it between the day they reached « entretien » and the next stage: held
 * (`fait`) with each panel member's rating and comment, or, for a few withdrawals, cancelled. Those
 * at « entretien » today have theirs in the next 14 days (`prevu`), some after a cancelled first date
 * (or only a cancelled one when the position has been filled since).
 * Panels are the demonstration's HR and administrator accounts, never on two interviews at once;
 * times are France's, in working hours; the place is the position's centre (its address in the data),
 * the Région's offices while the centre is not open, or a video link. Own random stream: no other row
 * of the demonstration moves.
 */
import { addDays, dayOfWeek } from '../../../domain/calendar';
import { parisLocalToIso } from '../../../domain/datetime';
import type { InterviewStatus, Profession } from '../../../domain/enums';
import { demoAccounts } from '../../../domain/demo';
import { Random } from '../random';
import { LANGOGNE_SUSPENDED_AFTER, type CentrePlan } from './centres';
import type { ApplicationPlan, PositionPlan } from './recruitment';

/** The days ahead in which the planned interviews fall (the HR dashboard's card looks 14 days ahead). */
export const UPCOMING_DAYS = 14;

export interface InterviewPlan {
  application: number;
  /** ISO with France's offset. */
  startsAt: string;
  durationMinutes: number;
  location: string;
  status: InterviewStatus;
  /** Demonstration accounts (e-mail addresses). */
  panel: string[];
  feedback: { account: string; rating: number; comment: string; createdAt: string }[];
}

const HR = demoAccounts.find((a) => a.role === 'hr')!.email;
const ADMIN = demoAccounts.find((a) => a.role === 'admin')!.email;

/** Start times (France) and lengths that never overlap one another on a day. */
const slots = ['09:00', '10:30', '14:00', '15:30', '17:00'];
const durations = [45, 60, 60, 75];

/** The Région's offices, where candidates meet HR while their centre is not open yet. */
const regionOffices = {
  toulouse: 'Hôtel de Région, 22 boulevard du Maréchal-Juin, 31400 Toulouse',
  montpellier: 'Hôtel de Région, 201 avenue de la Pompignane, 34000 Montpellier',
};
const easternDepartments = new Set(['11', '30', '34', '48', '66']);

/** Comments by rating band (1–2, 3, 4–5) and profession, as a panel writes them. */
const comments: Record<'low' | 'mid' | 'high', Record<Profession | 'any', string[]>> = {
  high: {
    any: [
      'Très bon entretien : projet clair, motivation pour l’exercice salarié en équipe.',
      'Candidature solide, bonne connaissance du territoire. Favorable.',
      'Excellent contact, disponible rapidement. Avis très favorable.',
      'Profil en phase avec le projet de santé du centre ; a posé de bonnes questions sur l’organisation.',
    ],
    medecin: ['Expérience de remplacements variée, à l’aise avec les soins non programmés. Favorable.', 'Souhaite devenir maître de stage : un atout pour le centre.'],
    infirmier: ['Solide expérience du domicile et de l’éducation thérapeutique. Favorable.'],
    sage_femme: ['Très bonne expérience du suivi gynécologique ; projet de prévention auprès des jeunes.'],
    secretaire: ['Maîtrise du tiers payant et de l’agenda partagé ; excellent accueil. Favorable.'],
  },
  mid: {
    any: [
      'Entretien correct, motivation réelle mais projet encore flou sur la durée.',
      'Bon profil ; s’interroge sur l’éloignement et le logement. À revoir après la visite du centre.',
      'Intéressant, mais souhaite un temps partiel que le poste ne permet pas tout de suite.',
    ],
    medecin: ['Peu d’expérience hors de l’hôpital ; à accompagner sur les premiers mois.'],
    infirmier: ['Expérience surtout hospitalière ; les visites à domicile l’inquiètent un peu.'],
    sage_femme: ['Bonne formation, peu d’expérience du libéral.'],
    secretaire: ['Accueil agréable, découvre la facturation : formation à prévoir.'],
  },
  low: {
    any: [
      'Attentes éloignées du poste (horaires, rémunération). Défavorable.',
      'Peu de motivation pour le territoire ; cherche surtout un poste de transition.',
      'Entretien difficile, projet professionnel peu construit. Défavorable en l’état.',
    ],
    medecin: ['Ne souhaite pas participer à la permanence des soins, prévue au poste.'],
    infirmier: ['Pas de permis de conduire : incompatible avec les visites à domicile.'],
    sage_femme: ['Projet centré sur l’échographie seule, que le centre ne propose pas.'],
    secretaire: ['Peu à l’aise avec les outils informatiques du centre.'],
  },
};

export function planInterviews(today: string, centres: CentrePlan[], positions: PositionPlan[], applications: ApplicationPlan[]): InterviewPlan[] {
  const random = new Random('interviews');
  const centreByKey = new Map(centres.map((c) => [c.key, c]));
  /** `account day slot` taken. */
  const busy = new Set<string>();
  const out: InterviewPlan[] = [];

  const placeFor = (position: PositionPlan, day: string) => {
    const centre = centreByKey.get(position.centre)!;
    if (random.chance(0.3)) return `Visioconférence : https://visio.example.org/gip-ma-sante-ma-region/${random.digits(3)}-${random.digits(4)}`;
    const open = centre.openedOn && centre.openedOn <= day && (!centre.closedOn || centre.closedOn > day) && (centre.status !== 'suspendu' || day <= LANGOGNE_SUSPENDED_AFTER);
    if (!open) return easternDepartments.has(centre.departmentCode) ? regionOffices.montpellier : regionOffices.toulouse;
    return `${centre.name}, ${centre.address}`;
  };

  /**
   * A free slot on a weekday of [first, last] for a panel, tried in a random order; the panel shrinks to
   * whoever is free if nobody's slot is. Undefined when first > last.
   */
  const book = (first: string, last: string) => {
    if (first > last) return undefined;
    const all: string[] = [];
    for (let d = first; d <= last; d = addDays(d, 1)) all.push(d);
    // A weekday; when the range has none (a weekend between two stages), a Saturday morning.
    let days = all.filter((d) => dayOfWeek(d) !== 0 && dayOfWeek(d) !== 6);
    const morning = !days.length;
    if (morning) days = all.filter((d) => dayOfWeek(d) === 6);
    if (!days.length) days = [first];
    const times = morning ? slots.filter((t) => t < '12:00') : slots;
    const wanted = random.chance(0.55) ? [HR, ADMIN] : random.chance(0.85) ? [HR] : [ADMIN];
    const start = random.int(0, days.length - 1);
    const slotStart = random.int(0, times.length - 1);
    for (const panel of [wanted, [HR], [ADMIN]]) {
      for (let k = 0; k < days.length; k++) {
        const day = days[(start + k) % days.length];
        for (let s = 0; s < times.length; s++) {
          const time = times[(slotStart + s) % times.length];
          if (panel.some((a) => busy.has(`${a} ${day} ${time}`))) continue;
          for (const a of panel) busy.add(`${a} ${day} ${time}`);
          return { day, time, panel };
        }
      }
    }
    // Every slot of the range is taken for both (never at the demonstration's scale): the first one, HR alone.
    return { day: days[start], time: times[slotStart], panel: [HR] };
  };

  const add = (application: number, slot: { day: string; time: string; panel: string[] }, status: InterviewStatus, rating?: [number, number]) => {
    const position = positions[applications[application].position];
    const durationMinutes = random.pick(durations);
    const startsAt = parisLocalToIso(slot.day, slot.time);
    const [h, m] = slot.time.split(':').map(Number);
    const feedback =
      status === 'fait' && rating
        ? slot.panel.map((account) => {
            const r = random.int(rating[0], rating[1]);
            const band = r >= 4 ? 'high' : r === 3 ? 'mid' : 'low';
            const pool = random.chance(0.4) ? comments[band][position.profession] : comments[band].any;
            // Written after the interview, the same evening at the latest.
            const after = h * 60 + m + durationMinutes + random.int(5, 120);
            const at = Math.min(after, 21 * 60);
            return {
              account,
              rating: r,
              comment: random.pick(pool),
              createdAt: parisLocalToIso(slot.day, `${String(Math.floor(at / 60)).padStart(2, '0')}:${String(at % 60).padStart(2, '0')}`),
            };
          })
        : [];
    out.push({ application, startsAt, durationMinutes, location: placeFor(position, slot.day), status, panel: slot.panel, feedback });
  };

  applications.forEach((a, i) => {
    const at = a.history.findIndex((e) => e.stage === 'entretien');
    if (at < 0) return;
    const reached = a.history[at].on;
    const next = a.history[at + 1];
    if (!next) {
      // Still at « entretien » on a position filled (or frozen) since: the date they had was cancelled.
      if (positions[a.position].status !== 'ouvert') {
        const cancelled = book(reached, addDays(today, -1));
        if (cancelled) add(i, cancelled, 'annule');
        return;
      }
      // At « entretien » now: a date in the next 14 days (the card's 14 × 24 hours from any time of
      // today: up to the 13th day); if they have waited long, a first date was cancelled.
      if (reached < addDays(today, -7) || random.chance(0.15)) {
        const cancelled = book(reached, addDays(today, -1));
        if (cancelled) add(i, cancelled, 'annule');
      }
      add(i, book(addDays(today, 1), addDays(today, UPCOMING_DAYS - 1))!, 'prevu');
      return;
    }
    // Held before the next stage (which is at least a day later): the day they reached « entretien » or after.
    const slot = book(reached, addDays(next.on, -1))!;
    if (next.stage === 'retiree' && random.chance(0.4)) return add(i, slot, 'annule');
    const rating: [number, number] = next.stage === 'offre' ? [4, 5] : next.stage === 'refusee' ? [1, 3] : [3, 4];
    add(i, slot, 'fait', rating);
  });
  return out;
}
