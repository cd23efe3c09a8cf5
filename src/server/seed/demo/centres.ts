/**
 * The centres: where and when they opened (dated by the record where it says so), their antennes,
 * the members that back them, and the services their staff give.
 */
import { addDays, maxDate, minDate } from '../../../domain/calendar';
import { makeFiness } from '../../../domain/identifiers';
import { communeByCode, type Commune } from '../../../domain/reference';
import { Random, weekday } from '../random';
import type { HirePlan } from './hires';
import { ofPlace, round, type Members } from './members';

export interface CentreSpec {
  key: string;
  commune: string;
  status: 'ouvert' | 'suspendu' | 'ferme' | 'travaux' | 'projet';
  openedOn?: string;
  plannedOpeningOn?: string | null;
  closedOn?: string;
  parent?: string;
  /** Doctors the centre is sized for (drives where recruits go). */
  doctors: number;
  /** Members that back it besides its EPCI and its department council. */
  alsoBackedBy?: string[];
  priorityZone?: boolean;
}

/**
 * Openings: the dated ones come from the record; the others are spread so that the counts of the
 * record hold (7 on 2023-01-20, 11 in July 2023, 19 mid-2024, 22 in April 2025), then about ten a year.
 */
const centreSpecs: CentreSpec[] = [
  { key: 'scv', commune: '09257', status: 'ouvert', openedOn: '2022-07-01', doctors: 6, alsoBackedBy: ['commune:09257'] },
  { key: 'mazamet', commune: '81163', status: 'ouvert', openedOn: '2022-09-05', doctors: 7 },
  { key: 'salviac', commune: '46297', status: 'ouvert', openedOn: '2022-10-03', doctors: 4 },
  { key: 'durban', commune: '11124', status: 'ouvert', openedOn: '2022-10-17', doctors: 3 },
  { key: 'castelsarrasin', commune: '82033', status: 'ouvert', openedOn: '2022-11-14', doctors: 7, priorityZone: false },
  { key: 'loures', commune: '65287', status: 'ouvert', openedOn: '2022-12-05', doctors: 4 },
  { key: 'cazals', commune: '46066', status: 'ouvert', openedOn: '2023-01-09', doctors: 3 },
  { key: 'saint-martory', commune: '31503', status: 'ouvert', openedOn: '2023-02-01', doctors: 4 },
  { key: 'lacaune', commune: '81124', status: 'ouvert', openedOn: '2023-02-15', doctors: 4 },
  { key: 'saint-gilles', commune: '30258', status: 'ouvert', openedOn: '2023-04-03', doctors: 7, priorityZone: false },
  { key: 'bize', commune: '11041', status: 'ouvert', openedOn: '2023-06-05', parent: 'mazamet', doctors: 1 },
  { key: 'lussan', commune: '30151', status: 'ouvert', openedOn: '2023-06-12', doctors: 3 },
  { key: 'cabannes', commune: '09070', status: 'ouvert', openedOn: '2023-07-03', parent: 'scv', doctors: 1 },
  { key: 'villedieu', commune: '82096', status: 'ouvert', openedOn: '2023-09-04', doctors: 4 },
  { key: 'livinhac', commune: '12130', status: 'ouvert', openedOn: '2023-10-02', doctors: 4, alsoBackedBy: ['commune:12130'] },
  { key: 'massat', commune: '09182', status: 'ferme', openedOn: '2023-10-16', closedOn: '2025-06-30', parent: 'scv', doctors: 1 },
  { key: 'saint-hilaire', commune: '30259', status: 'ouvert', openedOn: '2023-11-06', doctors: 5, alsoBackedBy: ['commune:30259'] },
  { key: 'verdun', commune: '82190', status: 'ouvert', openedOn: '2024-01-08', doctors: 5, alsoBackedBy: ['commune:82190'] },
  { key: 'fourques', commune: '30117', status: 'ouvert', openedOn: '2024-02-05', doctors: 4, alsoBackedBy: ['commune:30117'] },
  { key: 'saint-porquier', commune: '82171', status: 'ouvert', openedOn: '2024-03-04', doctors: 3 },
  { key: 'jonquieres', commune: '30135', status: 'ouvert', openedOn: '2024-04-02', doctors: 4 },
  { key: 'caylus', commune: '82038', status: 'ouvert', openedOn: '2024-06-03', doctors: 3 },
  { key: 'saint-pons', commune: '34284', status: 'ouvert', openedOn: '2024-09-02', doctors: 4 },
  { key: 'nogaro', commune: '32296', status: 'ouvert', openedOn: '2025-01-06', doctors: 4 },
  { key: 'cugnaux', commune: '31157', status: 'ouvert', openedOn: '2025-04-01', doctors: 8, alsoBackedBy: ['commune:31157'], priorityZone: false },
  { key: 'quillan', commune: '11304', status: 'ouvert', openedOn: '2025-06-02', doctors: 5 },
  { key: 'langogne', commune: '48080', status: 'suspendu', openedOn: '2025-07-07', doctors: 0 },
  { key: 'florac', commune: '48061', status: 'ouvert', openedOn: '2025-09-01', doctors: 4 },
  { key: 'saint-paul', commune: '66187', status: 'ouvert', openedOn: '2025-10-06', doctors: 4 },
  { key: 'aspet', commune: '31020', status: 'ouvert', openedOn: '2025-12-01', doctors: 3 },
  { key: 'belmont', commune: '12025', status: 'ouvert', openedOn: '2026-01-05', doctors: 3 },
  { key: 'castelnau-magnoac', commune: '65129', status: 'ouvert', openedOn: '2026-03-02', doctors: 3 },
  { key: 'le-caylar', commune: '34064', status: 'ouvert', openedOn: '2026-05-04', doctors: 3 },
  { key: 'le-vigan', commune: '30350', status: 'ouvert', openedOn: '2026-06-01', doctors: 5 },
  { key: 'labastide', commune: '81115', status: 'ouvert', openedOn: '2026-09-07', doctors: 3 },
  { key: 'mauvezin', commune: '32249', status: 'ouvert', openedOn: '2026-10-05', doctors: 3 },
  { key: 'gourdon', commune: '46127', status: 'travaux', plannedOpeningOn: '2026-12-07', doctors: 5 },
  { key: 'ax', commune: '09032', status: 'travaux', plannedOpeningOn: '2027-01-04', doctors: 3 },
  { key: 'rieumes', commune: '31454', status: 'projet', plannedOpeningOn: '2027-03-01', doctors: 4 },
  { key: 'saint-chely', commune: '48140', status: 'projet', plannedOpeningOn: '2027-06-07', doctors: 4 },
  { key: 'laguiole', commune: '12119', status: 'projet', plannedOpeningOn: '2027-09-06', doctors: 3 },
  { key: 'prats', commune: '66150', status: 'projet', plannedOpeningOn: null, doctors: 3 },
];

/** Langogne: one doctor on a CDD whose departure suspended the centre. */
export const LANGOGNE_SUSPENDED_AFTER = '2026-04-30';

export interface CentrePlan extends CentreSpec {
  name: string;
  departmentCode: string;
  address: string;
  finess: string | null;
  services: string[];
  priorityZone: boolean;
  openingBudget: number;
  plannedOpeningOn: string | null;
  backers: string[];
}

/** Every centre, and its EPCI and department council added to `members` as backers where not yet there. */
export function planCentres(today: string, members: Members): CentrePlan[] {
  const memberRandom = new Random('members');
  const centreRandom = new Random('centres');
  const streets = ['Place de la Mairie', 'Avenue de la Gare', 'Rue de la République', 'Place du Foirail', 'Rue des Écoles', 'Allée des Tilleuls', 'Route de la Poste', 'Place de l’Église'];
  let finessSerial = 990_100;
  return centreSpecs.map((spec) => {
    const c = communeByCode(spec.commune) as Commune;
    if (!c?.epci) throw new Error(`Commune ${spec.commune} unknown or without EPCI`);
    const opening = spec.openedOn ?? spec.plannedOpeningOn ?? addDays(today, 365);
    // Backers join some weeks before the opening (or are founders / joiners of January 2023).
    const joinedOn = (() => {
      if (spec.status === 'projet') return weekday(addDays(today, -memberRandom.int(20, 200)));
      const wanted = weekday(addDays(opening, -memberRandom.int(30, 120)));
      return minDate(maxDate(wanted, '2023-01-27'), today);
    })();
    const extra = spec.status === 'projet' ? { status: 'candidat' as const } : {};
    const backers = [
      members.epci(c.epci, joinedOn, c.departmentCode, extra).key,
      members.department(c.departmentCode, joinedOn, extra).key,
      ...(spec.alsoBackedBy ?? []),
    ];
    for (const key of backers) if (!members.has(key)) throw new Error(`Centre ${spec.key}: unknown backer ${key}`);
    const antenne = Boolean(spec.parent);
    const opened = spec.status === 'ouvert' || spec.status === 'suspendu' || spec.status === 'ferme';
    const name = antenne ? `Antenne ${ofPlace(c.name)}` : `Centre de santé ${ofPlace(c.name)}`;
    const plannedOpeningOn =
      spec.plannedOpeningOn !== undefined ? spec.plannedOpeningOn : weekday(addDays(spec.openedOn!, -centreRandom.int(0, 6) * 7));
    return {
      ...spec,
      name,
      departmentCode: c.departmentCode,
      address: `${centreRandom.pick(streets)}, ${c.postalCode ?? ''} ${c.name}`.replace(/ {2,}/g, ' '),
      finess: opened ? makeFiness(c.departmentCode, finessSerial++) : null,
      services: [], // filled from the staff (fillServices)
      priorityZone: spec.priorityZone ?? !centreRandom.chance(0.12),
      openingBudget: antenne ? round(centreRandom.int(30_000, 50_000), 500) : round(centreRandom.int(75_000, 130_000), 500),
      plannedOpeningOn,
      backers,
    };
  });
}

/** Services follow the staff: out-of-hours rota and interns (MSU) where some doctor does them. */
export function fillServices(centres: CentrePlan[], hires: HirePlan[]): void {
  for (const centre of centres) {
    const staff = hires.filter((h) => h.centre === centre.key);
    const services = centre.parent ? ['programmes', 'visites'] : ['programmes', 'non_programmes', 'visites'];
    if (staff.some((h) => h.outOfHours)) services.push('permanence');
    if (staff.some((h) => h.msu)) services.push('msu');
    if (centre.status === 'projet' || centre.status === 'travaux') services.splice(0, services.length, 'programmes', 'non_programmes', 'visites');
    centre.services = services;
  }
}
