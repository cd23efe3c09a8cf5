/**
 * Recruitment: a filled position and an accepted application behind most hires, other applicants,
 * positions open now and a few frozen ones, and spontaneous applications on file. Candidates' files
 * are kept two years after the last contact (GDPR), so older unsuccessful applicants are gone.
 */
import { addDays, daysBetween, maxDate } from '../../../domain/calendar';
import { professions, type Profession, type Stage } from '../../../domain/enums';
import { communeByCode } from '../../../domain/reference';
import { Random, weekday } from '../random';
import type { CentrePlan } from './centres';
import { isActive, type HirePlan } from './hires';
import type { People, Person } from './people';

export interface PositionPlan {
  centre: string;
  profession: Profession;
  title: string;
  fte: number;
  status: 'ouvert' | 'pourvu' | 'gele';
  published: boolean;
  openedOn: string;
  /** The job ad, for published positions (ads.ts). */
  description?: string;
  requirements?: string;
  contract?: 'cdi' | 'cdd' | 'vacation';
  salaryMin?: number;
  salaryMax?: number;
  plannedStartOn?: string;
  publishedOn?: string;
  closesOn?: string;
}

export interface CandidatePlan {
  person: Person;
  email: string;
  phone: string | null;
  profession: Profession;
  rpps: string | null;
  source: string;
  consentUntil: string;
  notes: string | null;
  createdAt: string;
}

export interface ApplicationPlan {
  candidate: number;
  position: number;
  history: { stage: Stage; on: string }[];
  /** A refusal's or a withdrawal's reason (reasons.ts). */
  outcomeReason?: string;
  outcomeNote?: string | null;
}

export interface RecruitmentPlan {
  positions: PositionPlan[];
  candidates: CandidatePlan[];
  applications: ApplicationPlan[];
}

const sourceWeights: [string, number][] = [
  ['site', 25],
  ['faculte', 20],
  ['forum', 15],
  ['bouche_a_oreille', 15],
  ['reseaux', 10],
  ['candidature_spontanee', 10],
  ['autre', 5],
];
const candidateNotes = [
  'Interne en dernière année, thèse prévue au printemps.',
  'Souhaite exercer à 0,8 ETP.',
  'Disponible à la rentrée.',
  'Intéressé·e par la permanence des soins.',
  'Souhaite devenir maître de stage.',
  'Conjoint·e en recherche d’emploi dans le département.',
  'Rencontré·e au forum de l’installation.',
  'Ancien·ne remplaçant·e dans le secteur.',
];

/** Sets each hire's `application`; draws persons from `people` after the hires. */
export function planRecruitment(today: string, centres: CentrePlan[], hires: HirePlan[], people: People): RecruitmentPlan {
  const random = new Random('recruitment');
  const positions: PositionPlan[] = [];
  const candidates: CandidatePlan[] = [];
  const applications: ApplicationPlan[] = [];
  const centreByKey = new Map(centres.map((c) => [c.key, c]));
  const place = (key: string) => communeByCode(centreByKey.get(key)!.commune)!.name;

  const addPosition = (p: Omit<PositionPlan, 'title'>) => {
    positions.push({ ...p, title: `${professions.label(p.profession)} — ${place(p.centre)}` });
    return positions.length - 1;
  };
  /** `keepUntil`: the end of retention (two years after the last contact unless given). */
  const addCandidate = (person: Person, profession: Profession, firstContact: string, lastContact: string, keepUntil?: string, rpps?: string | null) => {
    const clinician = profession !== 'secretaire';
    candidates.push({
      person,
      email: people.email(person),
      phone: random.chance(0.9) ? people.phone() : null,
      profession,
      rpps: rpps !== undefined ? rpps : clinician && random.chance(0.8) ? people.rpps() : null,
      source: random.weighted(sourceWeights, ([, w]) => w)[0],
      consentUntil: keepUntil ?? addDays(lastContact, 2 * 365),
      notes: random.chance(0.3) ? random.pick(candidateNotes) : null,
      createdAt: firstContact,
    });
    return candidates.length - 1;
  };
  /** Stage dates going back from `last`. */
  const historyTo = (stagesReached: Stage[], last: string): { stage: Stage; on: string }[] => {
    const gaps: Record<Stage, [number, number]> = {
      recue: [0, 0],
      preselection: [2, 10],
      entretien: [4, 16],
      offre: [2, 12],
      acceptee: [1, 10],
      refusee: [1, 20],
      retiree: [2, 25],
    };
    const dates: string[] = [last];
    for (let i = stagesReached.length - 1; i > 0; i--) {
      const [min, max] = gaps[stagesReached[i]];
      dates.unshift(addDays(dates[0], -random.int(min, max)));
    }
    return stagesReached.map((stage, i) => ({ stage, on: dates[i] }));
  };
  /** Stage dates going forward from `first`, stopping at `limit`. */
  const historyFrom = (stagesReached: Stage[], first: string, limit: string) => {
    const history = historyTo(stagesReached, first);
    const shift = daysBetween(history[0].on, first);
    const shifted = history.map((e) => ({ stage: e.stage, on: addDays(e.on, shift) }));
    return shifted.filter((e, i) => i === 0 || e.on <= limit);
  };
  const pipeline: Stage[] = ['recue', 'preselection', 'entretien', 'offre'];
  /** Another applicant to a position, who did not get it (or is still in the running). */
  const otherApplicant = (position: number, applied: string, outcome: 'lost' | 'running') => {
    const p = positions[position];
    const reached = outcome === 'running' ? random.int(0, 3) : random.int(0, 2);
    const stagesReached: Stage[] = pipeline.slice(0, reached + 1);
    if (outcome === 'lost') stagesReached.push(random.chance(0.65) ? 'refusee' : 'retiree');
    const history = historyFrom(stagesReached, applied, today);
    const candidate = addCandidate(people.person(), p.profession, history[0].on, history[history.length - 1].on);
    applications.push({ candidate, position, history });
    return candidate;
  };

  // Behind every hire but transfers and vacations: a position filled and an accepted application.
  const seenPeople = new Set<string>();
  for (const hire of hires) {
    const key = `${hire.person.firstName} ${hire.person.lastName}`;
    if (seenPeople.has(key) || hire.contract === 'vacation') {
      seenPeople.add(key);
      continue;
    }
    seenPeople.add(key);
    const accepted = weekday(addDays(hire.startOn, -random.int(10, 45)), true);
    const history = historyTo(['recue', 'preselection', 'entretien', 'offre', 'acceptee'], accepted);
    const openedOn = weekday(addDays(history[0].on, -random.int(7, 60)), true);
    const position = addPosition({
      centre: hire.centre,
      profession: hire.profession,
      fte: hire.fte,
      status: 'pourvu',
      published: random.chance(0.85),
      openedOn,
    });
    // A recruit's file is kept while employed and two years after.
    const candidate = addCandidate(hire.person, hire.profession, history[0].on, accepted, addDays(hire.endOn ?? today, 2 * 365), hire.rpps);
    applications.push({ candidate, position, history });
    hire.application = applications.length - 1;
    // Others who applied and were not taken; a few of them apply again elsewhere. Those whose two
    // years of retention ran out more than two months ago have been purged (GDPR), the others not yet.
    const purged = addDays(accepted, 2 * 365 + 60) < today;
    for (let k = purged ? 0 : random.int(0, 3); k > 0; k--) {
      const applied = addDays(history[0].on, random.int(-5, 20));
      const other = otherApplicant(position, maxDate(applied, openedOn), 'lost');
      if (random.chance(0.1)) {
        const elsewhere = positions.findIndex((p, i) => i !== position && p.profession === positions[position].profession && p.openedOn > accepted && p.status === 'pourvu');
        if (elsewhere >= 0 && !applications.some((a) => a.candidate === other && a.position === elsewhere)) {
          const h = historyFrom(['recue', 'refusee'], addDays(positions[elsewhere].openedOn, 3), today);
          applications.push({ candidate: other, position: elsewhere, history: h });
        }
      }
    }
  }

  // Positions open now: where centres are short of doctors, centres being built, a few other jobs.
  const openNow: { centre: string; profession: Profession }[] = [];
  for (const c of centres) {
    if (c.status === 'travaux') for (let k = 0; k < Math.min(3, c.doctors); k++) openNow.push({ centre: c.key, profession: 'medecin' });
    if (c.status === 'travaux') openNow.push({ centre: c.key, profession: 'secretaire' });
    if (c.status !== 'ouvert' || c.parent) continue;
    // Short of doctors, or growing: the GIP keeps recruiting 3 to 5 doctors a month.
    const short = c.doctors - hires.filter((h) => h.centre === c.key && h.profession === 'medecin' && isActive(h, today)).length;
    for (let k = 0; k < Math.max(short, random.chance(0.5) ? 1 : 0); k++) openNow.push({ centre: c.key, profession: 'medecin' });
  }
  openNow.push({ centre: 'cugnaux', profession: 'infirmier' }, { centre: 'saint-gilles', profession: 'sage_femme' }, { centre: 'le-vigan', profession: 'infirmier' });
  for (const job of openNow) {
    const openedOn = weekday(addDays(today, -random.int(7, 150)), true);
    const position = addPosition({ ...job, fte: random.chance(0.75) ? 1 : 0.8, status: 'ouvert', published: random.chance(0.8), openedOn });
    for (let k = random.int(0, 4); k > 0; k--) {
      const applied = weekday(addDays(openedOn, random.int(2, Math.max(3, daysBetween(openedOn, today) - 1))), true);
      if (applied > today) continue;
      otherApplicant(position, applied, random.chance(0.7) ? 'running' : 'lost');
    }
  }

  // Frozen positions: Langogne since its suspension, and a few others put on hold.
  const frozen: [string, Profession, string][] = [
    ['langogne', 'medecin', '2026-03-02'],
    ['langogne', 'secretaire', '2026-03-16'],
    ['durban', 'medecin', '2024-11-04'],
    ['lussan', 'medecin', '2025-02-03'],
    ['caylus', 'infirmier', '2025-06-09'],
    ['massat', 'medecin', '2025-01-13'],
  ];
  for (const [centre, profession, openedOn] of frozen) {
    const position = addPosition({ centre, profession, fte: 1, status: 'gele', published: false, openedOn });
    for (let k = random.int(0, 2); k > 0; k--) otherApplicant(position, addDays(openedOn, random.int(3, 30)), 'lost');
  }

  // A few spontaneous applications on file, not yet attached to a position.
  for (let k = 0; k < 12; k++) {
    const profession: Profession = random.weighted(['medecin', 'infirmier', 'sage_femme', 'secretaire'] as Profession[], (p) => ({ medecin: 6, infirmier: 2, sage_femme: 1, secretaire: 2 })[p]!);
    const on = weekday(addDays(today, -random.int(5, 300)), true);
    const index = addCandidate(people.person(), profession, on, on);
    candidates[index].source = 'candidature_spontanee';
  }

  return { positions, candidates, applications };
}
