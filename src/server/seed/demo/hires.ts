/**
 * Hires: a simulation that lands exactly on the record's checkpoints (doctors and secretaries in post
 * on 20 January 2023, in July 2023, mid-2024 and in April 2025), then 3 to 5 doctors a month; midwives,
 * nurses, CDD replacements and vacations besides, which the public figures do not count.
 */
import type { Contract, Profession } from '../../../domain/enums';
import { addDays, addMonths, compareDates, daysBetween, minDate, monthOf } from '../../../domain/calendar';
import { Random, weekday } from '../random';
import { LANGOGNE_SUSPENDED_AFTER, type CentrePlan } from './centres';
import type { People, Person } from './people';

export interface HirePlan {
  person: Person;
  profession: Profession;
  contract: Contract;
  fte: number;
  startOn: string;
  endOn: string | null;
  endReason: string | null;
  centre: string;
  msu: boolean;
  outOfHours: boolean;
  rpps: string | null;
  /** Index of the application that led to it. */
  application: number | null;
}

/** In post on `on`: started, and not ended before (startOn ≤ on ≤ endOn). */
export const isActive = (h: HirePlan, on: string) => h.startOn <= on && (h.endOn === null || h.endOn >= on);

/**
 * CDI doctors and secretaries in post on each checkpoint (the record's figures where it gives them,
 * demoFacts.staff), and how many of them leave between two checkpoints.
 */
const doctorCheckpoints: [string, number][] = [
  ['2022-07-01', 0],
  ['2023-01-20', 27],
  ['2023-07-15', 44],
  ['2024-06-30', 80],
  ['2025-04-30', 100],
];
const doctorDepartures = [0, 1, 3, 3];
const secretaryCheckpoints: [string, number][] = [
  ['2022-07-01', 0],
  ['2023-01-20', 13],
  ['2023-07-15', 21],
  ['2024-06-30', 30],
  ['2025-04-30', 34],
];
const secretaryDepartures = [0, 1, 1, 1];

const cdiEndReasons = [
  'Démission',
  'Installation en exercice libéral',
  'Départ à la retraite',
  'Rupture conventionnelle',
  'Mutation du conjoint',
  'Fin de période d’essai',
];

/** Every hire, by start date. `people` is shared with the recruitment that follows: the order of draws matters. */
export function planHires(today: string, centres: CentrePlan[], people: People): HirePlan[] {
  const random = new Random('hires');
  const hires: HirePlan[] = [];
  /** Centres that can take a new recruit on a date: open then, not about to close, not Langogne. */
  const openOn = (on: string) =>
    centres.filter(
      (c) =>
        c.openedOn &&
        c.openedOn <= on &&
        c.status !== 'suspendu' &&
        (!c.closedOn || addDays(c.closedOn, -60) >= on),
    );
  const activeAt = (centre: string, profession: Profession, on: string) =>
    hires.filter((h) => h.centre === centre && h.profession === profession && isActive(h, on)).length;
  const capacity = (c: CentrePlan, profession: Profession) =>
    profession === 'medecin' ? c.doctors : c.parent ? 0 : c.doctors >= 6 ? 2 : 1;

  const chooseCentre = (profession: Profession, on: string): CentrePlan | undefined => {
    const open = openOn(on).filter((c) => profession === 'medecin' || !c.parent);
    if (!open.length) return undefined;
    const deficits = open.map((c) => ({ c, d: capacity(c, profession) - activeAt(c.key, profession, on) }));
    const short = deficits.filter((x) => x.d > 0);
    if (short.length) return random.weighted(short, (x) => x.d * x.d).c;
    return random.weighted(deficits, (x) => Math.max(1, capacity(x.c, profession))).c;
  };

  const doctorFte = () => random.weighted([1, 0.9, 0.8, 0.6, 0.5], (f) => ({ 1: 60, 0.9: 8, 0.8: 20, 0.6: 6, 0.5: 6 })[f] ?? 1);
  const add = (h: Omit<HirePlan, 'person' | 'rpps' | 'application' | 'msu' | 'outOfHours' | 'fte' | 'endOn' | 'endReason'> & Partial<HirePlan>) => {
    const clinician = h.profession !== 'secretaire';
    const doctor = h.profession === 'medecin';
    const plan: HirePlan = {
      person: people.person(),
      rpps: clinician ? people.rpps() : null,
      application: null,
      msu: doctor && h.contract === 'cdi' && random.chance(0.35),
      outOfHours: doctor && h.contract !== 'vacation' && random.chance(0.55),
      fte: doctor ? (h.contract === 'vacation' ? random.pick([0.2, 0.3, 0.4]) : doctorFte()) : random.chance(0.8) ? 1 : 0.8,
      endOn: null,
      endReason: null,
      ...h,
    };
    hires.push(plan);
    return plan;
  };

  /** A working day in [from, to], uniformly. */
  const dayIn = (from: string, to: string) => {
    const d = addDays(from, random.int(0, Math.max(0, daysBetween(from, to))));
    const w = weekday(d);
    return w > to ? weekday(d, true) : w;
  };

  /** Ends one active CDI hire of `profession` that was active on `countedOn`, on `on`. */
  const depart = (profession: Profession, on: string, countedOn: string, minimumDays: number) => {
    const pool = hires.filter(
      (h) =>
        h.profession === profession &&
        h.contract === 'cdi' &&
        h.endOn === null &&
        h.startOn <= countedOn &&
        daysBetween(h.startOn, on) >= minimumDays,
    );
    const preferred = pool.filter((h) => activeAt(h.centre, profession, on) >= 2);
    const leaving = (preferred.length ? preferred : pool).length ? random.pick(preferred.length ? preferred : pool) : undefined;
    if (!leaving) throw new Error(`No ${profession} can leave on ${on}`);
    leaving.endOn = on;
    leaving.endReason = random.pick(cdiEndReasons);
  };

  /** Starts and departures between checkpoints so that each checkpoint's count is exact. */
  const runCheckpoints = (profession: Profession, checkpoints: [string, number][], departures: number[], forcedPerOpening: (c: CentrePlan) => number) => {
    for (let i = 1; i < checkpoints.length; i++) {
      const [from, before] = checkpoints[i - 1];
      const [to, after] = checkpoints[i];
      const first = i === 1;
      const leaving = departures[i - 1];
      const starts = after - before + leaving;
      type Event = { on: string; centre?: CentrePlan; leave?: boolean };
      const events: Event[] = [];
      for (const c of centres)
        if (c.openedOn && (first ? c.openedOn >= from : c.openedOn > from) && c.openedOn <= to && c.status !== 'suspendu')
          for (let k = 0; k < forcedPerOpening(c); k++) events.push({ on: c.openedOn, centre: c });
      if (events.length > starts) throw new Error(`Too many openings between ${from} and ${to}`);
      const firstDay = first ? from : addDays(from, 1);
      while (events.length < starts) events.push({ on: dayIn(firstDay, to) });
      for (let k = 0; k < leaving; k++) events.push({ on: dayIn(addDays(from, 1), addDays(to, -1)), leave: true });
      events.sort((a, b) => compareDates(a.on, b.on) || Number(Boolean(b.centre)) - Number(Boolean(a.centre)));
      for (const e of events) {
        if (e.leave) {
          depart(profession, e.on, from, 120);
          continue;
        }
        let on = e.on;
        let centre = e.centre;
        if (!centre) {
          // Nowhere short of staff: wait for the next opening in the interval, if any.
          const open = openOn(on).filter((c) => profession === 'medecin' || !c.parent);
          const short = open.some((c) => capacity(c, profession) > activeAt(c.key, profession, on));
          if (!short) {
            const next = centres
              .filter((c) => c.openedOn && c.openedOn > on && c.openedOn <= to && c.status !== 'suspendu')
              .map((c) => c.openedOn!)
              .sort()[0];
            if (next) on = next;
          }
          centre = chooseCentre(profession, on);
        }
        if (!centre) throw new Error(`No open centre for a ${profession} on ${on}`);
        add({ profession, contract: 'cdi', startOn: on, centre: centre.key });
      }
    }
  };

  runCheckpoints('medecin', doctorCheckpoints, doctorDepartures, (c) => (c.key === 'scv' ? 2 : 1));
  runCheckpoints('secretaire', secretaryCheckpoints, secretaryDepartures, (c) => (c.parent ? 0 : 1));

  // After April 2025: 3 to 5 doctors a month, a secretary per new centre, some departures.
  const lastCheckpoint = doctorCheckpoints[doctorCheckpoints.length - 1][0];
  for (let month = addMonths(lastCheckpoint, 1); month <= today; month = addMonths(month, 1)) {
    const end = minDate(addDays(addMonths(month, 1), -1), today);
    const openings = centres.filter((c) => c.openedOn && c.openedOn >= month && c.openedOn <= end && c.status === 'ouvert' && !c.parent);
    const count = random.int(3, 5);
    for (let k = 0; k < count; k++) {
      const opening = openings[k];
      const on = opening ? opening.openedOn! : dayIn(month, end);
      const centre = opening ?? chooseCentre('medecin', on);
      if (centre) add({ profession: 'medecin', contract: 'cdi', startOn: on, centre: centre.key });
    }
    for (const c of openings) add({ profession: 'secretaire', contract: 'cdi', startOn: c.openedOn!, centre: c.key });
    if (random.chance(0.45)) depart('medecin', dayIn(month, end), month, 240);
    if (random.chance(0.08)) depart('secretaire', dayIn(month, end), month, 240);
    if (random.chance(0.2)) {
      const on = dayIn(month, end);
      const centre = chooseCentre('secretaire', on);
      if (centre) add({ profession: 'secretaire', contract: 'cdi', startOn: on, centre: centre.key });
    }
  }
  // Two doctors who signed and start next month.
  for (const on of [weekday(addMonths(today, 1)), weekday(addDays(addMonths(today, 1), 14))]) {
    const centre = chooseCentre('medecin', today);
    if (centre) add({ profession: 'medecin', contract: 'cdi', startOn: on, centre: centre.key });
  }

  // Midwives and nurses (CDI).
  const fixed: [Profession, string, string][] = [
    ['sage_femme', '2023-05-02', 'saint-gilles'],
    ['sage_femme', '2024-10-07', 'castelsarrasin'],
    ['sage_femme', '2025-09-15', 'cugnaux'],
    ['infirmier', '2024-02-12', 'loures'],
    ['infirmier', '2024-09-16', 'lacaune'],
    ['infirmier', '2025-05-05', 'cugnaux'],
    ['infirmier', '2025-11-03', 'florac'],
    ['infirmier', '2026-04-06', 'mazamet'],
  ];
  for (const [profession, on, centre] of fixed) if (on <= today) add({ profession, contract: 'cdi', startOn: on, centre });

  // Fixed-term (CDD) replacements and vacations (sessions): not counted in the public figures.
  const temporary = (on: string, contract: 'cdd' | 'vacation', centre: CentrePlan, profession: Profession = 'medecin') => {
    const months = random.int(3, 9);
    const ends = contract === 'cdd' || random.chance(0.5);
    const endOn = ends ? addDays(addMonths(on, months), -1) : null;
    add({
      profession,
      contract,
      startOn: on,
      centre: centre.key,
      fte: contract === 'vacation' ? random.pick([0.2, 0.3, 0.4]) : random.pick([1, 1, 0.5]),
      endOn,
      endReason: endOn && endOn < today ? (contract === 'cdd' ? 'Fin de CDD' : 'Fin des vacations') : null,
    });
  };
  const byKey = (key: string) => centres.find((c) => c.key === key)!;
  temporary('2022-08-01', 'cdd', byKey('scv'));
  temporary('2022-10-10', 'vacation', byKey('salviac'));
  temporary('2022-12-01', 'cdd', byKey('mazamet'));
  for (let month = '2023-01-01'; month < monthOf(today); month = addMonths(month, 1)) {
    if (!random.chance(0.5)) continue;
    const on = dayIn(month, addDays(addMonths(month, 1), -1));
    const centre = chooseCentre('medecin', on);
    if (centre) temporary(on, random.chance(0.6) ? 'cdd' : 'vacation', centre);
  }
  temporary('2024-05-06', 'cdd', byKey('castelsarrasin'), 'secretaire');
  // Langogne: a doctor and a secretary on CDDs; the doctor's departure suspended the centre.
  const langogne = byKey('langogne');
  for (const profession of ['medecin', 'secretaire'] as const)
    add({
      profession,
      contract: 'cdd',
      startOn: langogne.openedOn!,
      centre: 'langogne',
      endOn: LANGOGNE_SUSPENDED_AFTER,
      endReason: 'Fin de CDD',
      fte: 1,
    });

  // Massat's antenne closed: its staff go on at Sainte-Croix-Volvestre.
  const massat = byKey('massat');
  for (const h of hires.filter((x) => x.centre === 'massat' && (x.endOn === null || x.endOn > massat.closedOn!))) {
    const { endOn, endReason } = h;
    h.endOn = massat.closedOn!;
    h.endReason = 'Fermeture de l’antenne : poursuit au centre principal';
    hires.push({ ...h, centre: 'scv', startOn: addDays(massat.closedOn!, 1), endOn, endReason, application: null });
  }
  // CDDs whose end is before today end « Fin de CDD ».
  for (const h of hires) if (h.contract === 'cdd' && h.endOn && h.endOn < today && !h.endReason) h.endReason = 'Fin de CDD';

  // Code-point order (the same in every engine), by start then centre key.
  hires.sort((a, b) => compareDates(a.startOn, b.startOn) || compareDates(a.centre, b.centre));
  return hires;
}
