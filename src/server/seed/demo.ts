/**
 * Demonstration data that tells the GIP's public record (DESIGN.md, « The public record »): real
 * organisations, communes and dates; fictitious persons, contacts, e-mail addresses (example.org /
 * example.com), phone numbers (ranges reserved for fiction) and RPPS/FINESS numbers (valid check keys).
 *
 * Deterministic: seeded PRNG, no clock (`today` is a parameter), so every fresh start shows the same
 * data. Browser-safe: imports only the domain (with the reference geography) and the Drizzle schema,
 * because the static demo runs it inside msw.
 *
 * Counting rules used for the public figures (see `demoFacts`): staff are counted when active on the
 * date (startOn ≤ date ≤ endOn) and their contract is counted (`countedContracts` setting: CDI only,
 * as the GIP's published figures leave out CDD and vacations); « centres » are the main centres open on
 * the date, antennes apart.
 */
import { defaultTarget } from '../../domain/stats';
import { sql } from 'drizzle-orm';
import type { Contract, MemberKind, Profession, Stage } from '../../domain/enums';
import { professions } from '../../domain/enums';
import { luhnKey, makeFiness } from '../../domain/identifiers';
import { communeByCode, departmentByCode, epciBySiren, type Commune } from '../../domain/reference';
import { fold } from '../../domain/text';
import * as t from '../db/schema';
import type { Db, Tx } from '../db/types';
import { addDays, addMonths, compare, daysBetween, daysInMonth, maxDate, minDate, monthOf, Random, toDays, weekday } from './random';

export const DEMO_TODAY = '2026-11-24';

import { demoAccounts } from '../../domain/demo';

export { demoAccounts };

/**
 * The public record as the demonstration data tells it, for tests and for anyone checking a screen.
 * Staff figures: active on the date, CDI only (`countedContracts`). Centres: main centres open on the
 * date (antennes apart). Consultations: scheduled + unscheduled + home visits, summed over the months
 * up to and including `throughMonth`.
 */
export const demoFacts = {
  today: DEMO_TODAY,
  foundedOn: '2022-06-17',
  founders: 18,
  members: [{ on: '2023-01-20', count: 31, joinedThatDay: 9 }],
  firstCentre: { communeCode: '09257', name: 'Centre de santé de Sainte-Croix-Volvestre', openedOn: '2022-07-01', epci: '200067940' },
  centresOpen: [
    { on: '2023-01-20', count: 7 },
    { on: '2023-07-15', count: 11 },
    { on: '2024-06-30', count: 19 },
    { on: '2025-04-30', count: 22 },
  ],
  staff: [
    { on: '2023-01-20', medecin: 27, secretaire: 13 },
    { on: '2023-07-15', medecin: 44, secretaire: 21, sage_femme: 1, total: 66 },
    { on: '2024-06-30', medecin: 80 },
    { on: '2025-04-30', medecin: 100 },
  ],
  /** Hires (any profession and contract) that started in 2022. */
  hiresIn2022: 40,
  /** CDI doctors recruited per month after April 2025. */
  doctorsPerMonthAfterApril2025: { min: 3, max: 5 },
  activity: [
    { throughMonth: '2023-06', consultations: 50_000 },
    { throughMonth: '2025-03', consultations: 300_000, newReferringPatients: 31_000 },
  ],
  countedContracts: ['cdi'] as Contract[],
  /** Communes named in the record, with the month their centre opened. */
  namedCentres: {
    '31503': '2023-02', // Saint-Martory
    '81124': '2023-02', // Lacaune
    '30258': '2023-04', // Saint-Gilles
    '30151': '2023-06', // Lussan
    '31157': '2025-04', // Cugnaux
  } as Record<string, string>,
  antennes: [
    { communeCode: '11041', parentCommuneCode: '81163' }, // Bize-Minervois, antenne of Mazamet
    { communeCode: '09070', parentCommuneCode: '09257' }, // Les Cabannes, antenne of Sainte-Croix-Volvestre
  ],
} as const;

// ---------------------------------------------------------------------------------------------------
// Members
// ---------------------------------------------------------------------------------------------------

interface MemberPlan {
  key: string;
  name: string;
  college: 1 | 2 | 3 | 4;
  kind: MemberKind;
  siren: string | null;
  departmentCode: string | null;
  joinedOn: string;
  leftOn: string | null;
  status: 'actif' | 'candidat' | 'retire';
  contribution: number;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}

/** « Conseil départemental de l'Ariège », « du Gard », « des Hautes-Pyrénées »… */
const departmentArticle: Record<string, string> = {
  '09': "de l'",
  '11': "de l'",
  '12': "de l'",
  '30': 'du ',
  '31': 'de la ',
  '32': 'du ',
  '34': "de l'",
  '46': 'du ',
  '48': 'de la ',
  '65': 'des ',
  '66': 'des ',
  '81': 'du ',
  '82': 'de ',
};

/** « de Sainte-Croix-Volvestre », « d'Aspet », « du Vigan », « des Cabannes ». */
export function ofPlace(name: string): string {
  if (name.startsWith('Le ')) return `du ${name.slice(3)}`;
  if (name.startsWith('Les ')) return `des ${name.slice(4)}`;
  if (/^[AEIOUYÉÈÂ]/.test(name)) return `d'${name}`;
  return `de ${name}`;
}

const FOUNDED_ON = '2022-06-17';
const JOINERS_2023 = '2023-01-20';

const SIREN_REGION = '200053791';
const SIREN_COUSERANS = '200067940';
const SIREN_HAUTE_ARIEGE = '200066363';

// ---------------------------------------------------------------------------------------------------
// Centres
// ---------------------------------------------------------------------------------------------------

interface CentreSpec {
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
const LANGOGNE_SUSPENDED_AFTER = '2026-04-30';

// ---------------------------------------------------------------------------------------------------
// Names (fictitious persons)
// ---------------------------------------------------------------------------------------------------

const femaleNames = [
  'Camille', 'Léa', 'Manon', 'Chloé', 'Sarah', 'Julie', 'Laura', 'Marie', 'Pauline', 'Émilie', 'Claire', 'Anaïs',
  'Mathilde', 'Lucie', 'Charlotte', 'Élodie', 'Audrey', 'Céline', 'Sophie', 'Hélène', 'Nathalie', 'Isabelle', 'Agnès',
  'Margaux', 'Inès', 'Clémence', 'Juliette', 'Océane', 'Amandine', 'Aurélie', 'Florence', 'Virginie', 'Estelle',
  'Coralie', 'Maëlle', 'Noémie', 'Solène', 'Agathe', 'Bérénice', 'Nadia', 'Yasmine', 'Amel', 'Leïla', 'Anne',
  'Sylvie', 'Véronique', 'Christine', 'Valérie', 'Delphine', 'Elsa',
];
const maleNames = [
  'Thomas', 'Nicolas', 'Julien', 'Maxime', 'Alexandre', 'Antoine', 'Pierre', 'Guillaume', 'Romain', 'Mathieu',
  'Clément', 'Hugo', 'Lucas', 'Baptiste', 'Quentin', 'Florian', 'Vincent', 'Sébastien', 'Jérôme', 'Olivier',
  'Laurent', 'Philippe', 'François', 'Benoît', 'Cédric', 'Damien', 'Arnaud', 'Jean', 'Paul', 'Louis', 'Adrien',
  'Théo', 'Victor', 'Raphaël', 'Étienne', 'Yann', 'Karim', 'Mehdi', 'Youssef', 'Samir', 'Bruno', 'Christophe',
  'Didier', 'Éric', 'Frédéric', 'Gilles', 'Hervé', 'Marc', 'Pascal', 'Xavier',
];
const lastNames = [
  'Martin', 'Bernard', 'Dubois', 'Durand', 'Moreau', 'Laurent', 'Simon', 'Michel', 'Lefebvre', 'Leroy', 'Roux',
  'David', 'Bertrand', 'Morel', 'Fournier', 'Girard', 'Bonnet', 'Dupont', 'Lambert', 'Fontaine', 'Rousseau',
  'Vincent', 'Muller', 'Faure', 'André', 'Mercier', 'Blanc', 'Guérin', 'Boyer', 'Garnier', 'Chevalier', 'Legrand',
  'Gauthier', 'Garcia', 'Perrin', 'Robin', 'Clément', 'Morin', 'Nicolas', 'Henry', 'Roussel', 'Mathieu', 'Masson',
  'Marchand', 'Duval', 'Denis', 'Dumont', 'Lemaire', 'Noël', 'Meyer', 'Dufour', 'Meunier', 'Brun', 'Blanchard',
  'Giraud', 'Joly', 'Rivière', 'Lucas', 'Brunet', 'Gaillard', 'Barbier', 'Arnaud', 'Martinez', 'Gérard', 'Roche',
  'Renard', 'Roy', 'Leroux', 'Colin', 'Vidal', 'Caron', 'Picard', 'Roger', 'Fabre', 'Aubert', 'Lemoine', 'Renaud',
  'Dumas', 'Lacroix', 'Olivier', 'Bourgeois', 'Rey', 'Leclerc', 'Rolland', 'Lopez', 'Fernandez', 'Sanchez',
  'Estève', 'Castan', 'Marty', 'Roques', 'Bousquet', 'Rouquette', 'Couderc', 'Delmas', 'Salvat', 'Cassagne',
  'Pujol', 'Bascou', 'Vigouroux', 'Puech', 'Carrière', 'Soulié', 'Calmels', 'Teulière', 'Escande', 'Lafon',
  'Bouissou', 'Fabié', 'Espinasse', 'Barthe', 'Rességuier', 'Azéma', 'Laborde', 'Dauzat', 'Galy', 'Pujade',
  'Maury', 'Bonnafous', 'Sabatier', 'Molinier', 'Cabrol', 'Lagarde', 'Viguier', 'Tournier', 'Combes', 'Benhamou',
  'Haddad', 'Nguyen', 'Da Silva', 'Ferreira', 'Ortiz', 'Belkacem', 'Traoré', 'Mendy',
];

interface Person {
  firstName: string;
  lastName: string;
}

class People {
  private readonly used = new Set<string>();
  private readonly emails = new Set<string>();
  private readonly rppsUsed = new Set<string>();
  constructor(private readonly random: Random) {}
  person(): Person {
    for (;;) {
      const female = this.random.chance(0.58);
      const firstName = this.random.pick(female ? femaleNames : maleNames);
      const lastName = this.random.pick(lastNames);
      const key = `${firstName} ${lastName}`;
      if (this.used.has(key)) continue;
      this.used.add(key);
      return { firstName, lastName };
    }
  }
  /** A fictitious address at a reserved example domain, unique. */
  email(p: Person, domain = 'example.com'): string {
    const slug = (s: string) => fold(s).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const base = `${slug(p.firstName)}.${slug(p.lastName)}`;
    for (let n = 1; ; n++) {
      const email = `${base}${n === 1 ? '' : n}@${domain}`;
      if (!this.emails.has(email)) {
        this.emails.add(email);
        return email;
      }
    }
  }
  /** 11 digits, Luhn key; starts with 10 like real RPPS numbers. */
  rpps(): string {
    for (;;) {
      const body = `10${this.random.digits(8)}`;
      const rpps = body + luhnKey(body);
      if (this.rppsUsed.has(rpps)) continue;
      this.rppsUsed.add(rpps);
      return rpps;
    }
  }
  /** Numbers that ARCEP reserves for fiction (04 65 71…, 05 36 49…, 06 39 98…). */
  phone(departmentCode?: string | null): string {
    const prefix = !departmentCode ? '06 39 98' : ['11', '30', '34', '48', '66'].includes(departmentCode) ? '04 65 71' : '05 36 49';
    return `${prefix} ${this.random.digits(2)} ${this.random.digits(2)}`;
  }
}

// ---------------------------------------------------------------------------------------------------
// The plan: every row, with local keys, before any insert
// ---------------------------------------------------------------------------------------------------

interface CentrePlan extends CentreSpec {
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

interface HirePlan {
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

interface PositionPlan {
  centre: string;
  profession: Profession;
  title: string;
  fte: number;
  status: 'ouvert' | 'pourvu' | 'gele';
  published: boolean;
  openedOn: string;
}

interface CandidatePlan {
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

interface ApplicationPlan {
  candidate: number;
  position: number;
  history: { stage: Stage; on: string }[];
}

interface ActivityPlan {
  centre: string;
  month: string;
  scheduled: number;
  unscheduled: number;
  homeVisits: number;
  outOfHoursShifts: number;
  newReferringPatients: number;
}

export interface DemoPlan {
  members: MemberPlan[];
  centres: CentrePlan[];
  hires: HirePlan[];
  positions: PositionPlan[];
  candidates: CandidatePlan[];
  applications: ApplicationPlan[];
  activities: ActivityPlan[];
  targets: { year: number; professionals: number; centres: number }[];
}

const professionLabel = (p: Profession) => professions.label(p);

/**
 * Every row of the demonstration, before insertion. `today` may be later than DEMO_TODAY (recruitment
 * and activity then go on month by month), not earlier: the record's centres would open in the future.
 */
export function planDemo(today = DEMO_TODAY): DemoPlan {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || today < DEMO_TODAY) throw new Error(`Demonstration « today » must be ${DEMO_TODAY} or later, not ${today}`);
  const people = new People(new Random('people'));
  const contacts = new People(new Random('contacts'));

  // ---- Members ----
  const members: MemberPlan[] = [];
  const memberByKey = new Map<string, MemberPlan>();
  const addMember = (m: Omit<MemberPlan, 'contactName' | 'contactEmail' | 'contactPhone' | 'leftOn' | 'status'> & Partial<MemberPlan>) => {
    const existing = memberByKey.get(m.key);
    if (existing) return existing;
    const contact = contacts.person();
    const plan: MemberPlan = {
      leftOn: null,
      status: 'actif',
      contactName: `${contact.firstName} ${contact.lastName}`,
      contactEmail: contacts.email(contact, 'example.org'),
      contactPhone: contacts.phone(m.departmentCode),
      ...m,
    };
    members.push(plan);
    memberByKey.set(plan.key, plan);
    return plan;
  };
  const round = (value: number, step: number) => Math.round(value / step) * step;
  const department = (code: string, joinedOn: string, extra: Partial<MemberPlan> = {}) => {
    const d = departmentByCode(code);
    if (!d) throw new Error(`Unknown department ${code}`);
    return addMember({
      key: `departement:${code}`,
      name: `Conseil départemental ${departmentArticle[code]}${d.name}`,
      college: 2,
      kind: 'departement',
      siren: null, // not stated here: SIRENs are given only where known for sure
      departmentCode: code,
      joinedOn,
      contribution: Math.min(80_000, Math.max(10_000, round(d.population * 0.08, 1000))),
      ...extra,
    });
  };
  const epci = (siren: string, joinedOn: string, departmentCode?: string, extra: Partial<MemberPlan> = {}) => {
    const e = epciBySiren(siren);
    if (!e) throw new Error(`Unknown EPCI ${siren}`);
    return addMember({
      key: `epci:${siren}`,
      name: e.name,
      college: 3,
      kind: 'epci',
      siren,
      departmentCode: departmentCode ?? e.mainDepartmentCode,
      joinedOn,
      contribution: Math.min(50_000, Math.max(2_000, round(e.population * 0.5, 100))),
      ...extra,
    });
  };
  const commune = (code: string, joinedOn: string, extra: Partial<MemberPlan> = {}) => {
    const c = communeByCode(code);
    if (!c) throw new Error(`Unknown commune ${code}`);
    return addMember({
      key: `commune:${code}`,
      name: `Commune ${ofPlace(c.name)}`,
      college: 3,
      kind: 'commune',
      siren: c.siren,
      departmentCode: c.departmentCode,
      joinedOn,
      contribution: Math.min(20_000, Math.max(500, round(c.population, 100))),
      ...extra,
    });
  };
  const partner = (key: string, name: string, kind: 'etablissement' | 'association', departmentCode: string | null, joinedOn: string) =>
    addMember({ key, name, college: 4, kind, siren: null, departmentCode, joinedOn, contribution: 0 });

  // The 18 founders (17 June 2022): the Région, 12 local authorities, 2 faculties, 2 interns'
  // associations, the regional federation of health centres.
  addMember({
    key: 'region',
    name: 'Région Occitanie',
    college: 1,
    kind: 'region',
    siren: SIREN_REGION,
    departmentCode: null,
    joinedOn: FOUNDED_ON,
    contribution: 1_000_000,
  });
  for (const code of ['09', '11', '46', '65', '81']) department(code, FOUNDED_ON);
  epci(SIREN_COUSERANS, FOUNDED_ON);
  epci(SIREN_HAUTE_ARIEGE, FOUNDED_ON);
  epci('248100430', FOUNDED_ON); // CA de Castres Mazamet
  epci('200035327', FOUNDED_ON); // CC Cazals-Salviac
  epci('200070365', FOUNDED_ON, '11'); // CC Corbières Salanque Méditerranée (Durban-Corbières)
  epci('200066322', FOUNDED_ON); // CC Terres des Confluences (Castelsarrasin)
  commune('09257', FOUNDED_ON); // Sainte-Croix-Volvestre
  partner('fac-toulouse', 'Faculté de médecine de Toulouse', 'etablissement', '31', FOUNDED_ON);
  partner('fac-montpellier', 'Faculté de médecine Montpellier-Nîmes', 'etablissement', '34', FOUNDED_ON);
  partner('internes-mp', 'Association des internes de médecine générale de Midi-Pyrénées', 'association', '31', FOUNDED_ON);
  partner('internes-lr', 'Association des internes de médecine générale du Languedoc-Roussillon', 'association', '34', FOUNDED_ON);
  partner('fede-cds', "Fédération régionale des centres de santé d'Occitanie", 'association', null, FOUNDED_ON);

  // Four more in the second half of 2022, ahead of the centres they back.
  department('82', '2022-09-22');
  epci('200070829', '2022-10-13'); // CC Neste Barousse (Loures-Barousse)
  department('31', '2022-11-24');
  epci('200073146', '2022-12-15'); // CC Cagire Garonne Salat (Saint-Martory)

  // The nine of 20 January 2023 (31 members in all). The reference calls the first one by its
  // current name; the press of 2023 called it « CC des Monts de Lacaune et de la Montagne du Haut-Languedoc ».
  epci('200066553', JOINERS_2023, '81'); // CC du Haut-Languedoc (Lacaune)
  epci('248200107', JOINERS_2023); // CC du Quercy Rouergue et des Gorges de l'Aveyron
  epci('243000585', JOINERS_2023); // CC Beaucaire Terre d'Argence
  commune('12130', JOINERS_2023); // Livinhac-le-Haut
  commune('30259', JOINERS_2023); // Saint-Hilaire-de-Brethmas
  commune('30117', JOINERS_2023); // Fourques (Gard)
  commune('82190', JOINERS_2023); // Verdun-sur-Garonne
  partner('france-assos-sante', 'France Assos Santé Occitanie', 'association', null, JOINERS_2023);
  partner('ipa', "Groupement régional des infirmiers en pratique avancée d'Occitanie", 'association', null, JOINERS_2023);

  // Later members not tied to one centre.
  commune('30151', '2023-05-15', { status: 'retire', leftOn: '2025-12-31' }); // Lussan: left, its EPCI stays
  commune('31157', '2024-11-18'); // Cugnaux

  // ---- Centres, and the members that back them ----
  const memberRandom = new Random('members');
  const centreRandom = new Random('centres');
  const streets = ['Place de la Mairie', 'Avenue de la Gare', 'Rue de la République', 'Place du Foirail', 'Rue des Écoles', 'Allée des Tilleuls', 'Route de la Poste', 'Place de l’Église'];
  let finessSerial = 990_100;
  const centres: CentrePlan[] = centreSpecs.map((spec) => {
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
      epci(c.epci, joinedOn, c.departmentCode, extra).key,
      department(c.departmentCode, joinedOn, extra).key,
      ...(spec.alsoBackedBy ?? []),
    ];
    for (const key of backers) if (!memberByKey.has(key)) throw new Error(`Centre ${spec.key}: unknown backer ${key}`);
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
      services: [], // filled from the staff below
      priorityZone: spec.priorityZone ?? !centreRandom.chance(0.12),
      openingBudget: antenne ? round(centreRandom.int(30_000, 50_000), 500) : round(centreRandom.int(75_000, 130_000), 500),
      plannedOpeningOn,
      backers,
    };
  });
  const centreByKey = new Map(centres.map((c) => [c.key, c]));

  // ---- Hires ----
  const hires = planHires(today, centres, people);

  // Services follow the staff: out-of-hours rota and interns (MSU) where some doctor does them.
  for (const centre of centres) {
    const staff = hires.filter((h) => h.centre === centre.key);
    const services = centre.parent ? ['programmes', 'visites'] : ['programmes', 'non_programmes', 'visites'];
    if (staff.some((h) => h.outOfHours)) services.push('permanence');
    if (staff.some((h) => h.msu)) services.push('msu');
    if (centre.status === 'projet' || centre.status === 'travaux') services.splice(0, services.length, 'programmes', 'non_programmes', 'visites');
    centre.services = services;
  }

  // ---- Recruitment: positions, candidates, applications ----
  const recruitment = planRecruitment(today, centres, centreByKey, hires, people);

  // ---- Activity ----
  const activities = planActivity(today, centres, hires);

  // Yearly hiring targets (the domain's defaults: 40 in 2022, then 27, 27, 27, 27, 26, 26 — 200 by 2028).
  const targets = [2022, 2023, 2024, 2025, 2026, 2027, 2028].map((year) => defaultTarget(year));

  members.sort((a, b) => compare(a.joinedOn, b.joinedOn)); // stable: founders in the order above
  return { members, centres, hires, ...recruitment, activities, targets };
}

// ---------------------------------------------------------------------------------------------------
// Hires: a simulation that lands exactly on the record's checkpoints
// ---------------------------------------------------------------------------------------------------

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

function planHires(today: string, centres: CentrePlan[], people: People): HirePlan[] {
  const random = new Random('hires');
  const hires: HirePlan[] = [];
  const isActive = (h: HirePlan, on: string) => h.startOn <= on && (h.endOn === null || h.endOn >= on);
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
      events.sort((a, b) => compare(a.on, b.on) || Number(Boolean(b.centre)) - Number(Boolean(a.centre)));
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

  hires.sort((a, b) => compare(a.startOn, b.startOn) || compare(a.centre, b.centre));
  return hires;
}

// ---------------------------------------------------------------------------------------------------
// Recruitment: a filled position and an accepted application behind most hires, other applicants,
// positions open now and a few frozen ones
// ---------------------------------------------------------------------------------------------------

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

function planRecruitment(
  today: string,
  centres: CentrePlan[],
  centreByKey: Map<string, CentrePlan>,
  hires: HirePlan[],
  people: People,
): Pick<DemoPlan, 'positions' | 'candidates' | 'applications'> {
  const random = new Random('recruitment');
  const positions: PositionPlan[] = [];
  const candidates: CandidatePlan[] = [];
  const applications: ApplicationPlan[] = [];
  const place = (key: string) => communeByCode(centreByKey.get(key)!.commune)!.name;

  const addPosition = (p: Omit<PositionPlan, 'title'>) => {
    positions.push({ ...p, title: `${professionLabel(p.profession)} — ${place(p.centre)}` });
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
  const isActive = (h: HirePlan, on: string) => h.startOn <= on && (h.endOn === null || h.endOn >= on);
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

// ---------------------------------------------------------------------------------------------------
// Monthly activity, calibrated on the record's totals
// ---------------------------------------------------------------------------------------------------

/** Consultations by month of the year: summer and Christmas holidays, winter epidemics. */
const seasons = [1.08, 1.04, 1, 0.97, 0.95, 0.97, 0.9, 0.8, 1, 1.02, 1.04, 0.94];

function planActivity(today: string, centres: CentrePlan[], hires: HirePlan[]): ActivityPlan[] {
  const random = new Random('activity');
  const lastMonth = addMonths(today, -1);
  type Raw = { centre: string; month: string; consultations: number; newPatients: number; shifts: number; homeShare: number; unscheduledShare: number };
  const raw: Raw[] = [];
  for (const c of centres) {
    if (!c.openedOn) continue;
    const endMonth = c.closedOn ? monthOf(c.closedOn) : c.status === 'suspendu' ? monthOf(LANGOGNE_SUSPENDED_AFTER) : lastMonth;
    const staff = hires.filter((h) => h.centre === c.key && h.profession !== 'secretaire');
    for (let month = monthOf(c.openedOn), age = 0; month <= minDate(endMonth, lastMonth); month = addMonths(month, 1), age++) {
      const first = toDays(month);
      const days = daysInMonth(month);
      let doctorFte = 0;
      let otherFte = 0;
      let rota = 0;
      for (const h of staff) {
        const from = Math.max(first, toDays(h.startOn));
        const to = Math.min(first + days - 1, h.endOn ? toDays(h.endOn) : first + days - 1);
        if (to < from) continue;
        const share = ((to - from + 1) / days) * h.fte;
        if (h.profession === 'medecin') doctorFte += share;
        else otherFte += share;
        if (h.outOfHours) rota += (to - from + 1) / days;
      }
      const rampUp = Math.min(1, 0.45 + 0.1 * age);
      const season = seasons[Number(month.slice(5, 7)) - 1];
      const consultations = (doctorFte * 300 + otherFte * 60) * rampUp * season * (0.9 + 0.2 * random.float());
      // New patients choosing a médecin traitant: many in the first months, fewer later.
      const newPatients = consultations * (0.05 + (0.2 * 12) / (12 + age));
      raw.push({
        centre: c.key,
        month,
        consultations,
        newPatients,
        shifts: rota * random.int(2, 4),
        homeShare: 0.04 + 0.03 * random.float() + (otherFte > 0 ? 0.03 : 0),
        unscheduledShare: 0.24 + 0.08 * random.float(),
      });
    }
  }
  // Calibrate on the record: ≈ 50,000 consultations up to June 2023, ≈ 300,000 and 31,000 new
  // referring patients up to March 2025. The rate per doctor is a + b·w(month), w going from 1 (2022)
  // down to 0 (mid-2024) so that it changes smoothly; a and b solve the two totals.
  const [early, record] = demoFacts.activity;
  const through = (m: string) => `${m}-01`;
  const w = (month: string) => {
    const index = (Number(month.slice(0, 4)) - 2023) * 12 + Number(month.slice(5, 7)) - 1; // 0 = Jan 2023
    return Math.min(1, Math.max(0, 1 - index / 18));
  };
  const sum = (rows: Raw[], f: (r: Raw) => number) => rows.reduce((s, r) => s + f(r), 0);
  const firstPeriod = raw.filter((r) => r.month <= through(early.throughMonth));
  const upToRecord = raw.filter((r) => r.month <= through(record.throughMonth));
  const [r1, w1] = [sum(firstPeriod, (r) => r.consultations), sum(firstPeriod, (r) => r.consultations * w(r.month))];
  const [r2, w2] = [sum(upToRecord, (r) => r.consultations), sum(upToRecord, (r) => r.consultations * w(r.month))];
  const determinant = r1 * w2 - r2 * w1;
  const a = (early.consultations * w2 - record.consultations * w1) / determinant;
  const b = (r1 * record.consultations - r2 * early.consultations) / determinant;
  const rate = (month: string) => a + b * w(month);
  const kn = record.newReferringPatients / sum(upToRecord, (r) => r.newPatients * rate(r.month));

  return raw.map((r) => {
    const k = rate(r.month);
    const consultations = Math.round(r.consultations * k);
    const homeVisits = Math.round(consultations * r.homeShare);
    const unscheduled = Math.round(consultations * r.unscheduledShare);
    return {
      centre: r.centre,
      month: r.month,
      scheduled: consultations - homeVisits - unscheduled,
      unscheduled,
      homeVisits,
      outOfHoursShifts: Math.round(r.shifts),
      newReferringPatients: Math.round(r.newPatients * k * kn),
    };
  });
}

// ---------------------------------------------------------------------------------------------------
// Insertion
// ---------------------------------------------------------------------------------------------------

/** Serialises concurrent seeds on one PostgreSQL server (two API processes starting together). */
const SEED_LOCK = 727_012;

async function inChunks<R>(rows: R[], size: number, insert: (chunk: R[]) => Promise<void>) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/**
 * Inserts the demonstration data into an empty database, in one transaction. Returns false, and does
 * nothing, when the members table already has rows.
 */
export async function seedDemo(db: Db, options: { today?: string } = {}): Promise<boolean> {
  const today = options.today ?? DEMO_TODAY;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    const [{ n }] = await tx.select({ n: sql<number>`count(*)::int` }).from(t.members);
    if (Number(n) > 0) return false;
    await insertPlan(tx, planDemo(today), today);
    return true;
  });
}

async function insertPlan(tx: Tx, plan: DemoPlan, today: string) {
  // Members
  const memberIds = new Map<string, number>();
  const memberRows = await tx
    .insert(t.members)
    .values(plan.members.map(({ key: _key, ...m }) => m))
    .returning({ id: t.members.id });
  plan.members.forEach((m, i) => memberIds.set(m.key, memberRows[i].id));

  // Centres: main centres first, then antennes that point at them.
  const centreIds = new Map<string, number>();
  const centreRow = (c: CentrePlan) => ({
    name: c.name,
    communeCode: c.commune,
    departmentCode: c.departmentCode,
    address: c.address,
    status: c.status,
    plannedOpeningOn: c.plannedOpeningOn,
    openedOn: c.openedOn ?? null,
    closedOn: c.closedOn ?? null,
    finess: c.finess,
    services: c.services,
    priorityZone: c.priorityZone,
    parentCentreId: c.parent ? centreIds.get(c.parent)! : null,
    openingBudget: c.openingBudget,
  });
  for (const group of [plan.centres.filter((c) => !c.parent), plan.centres.filter((c) => c.parent)]) {
    const rows = await tx.insert(t.centres).values(group.map(centreRow)).returning({ id: t.centres.id });
    group.forEach((c, i) => centreIds.set(c.key, rows[i].id));
  }
  await tx
    .insert(t.centreMembers)
    .values(plan.centres.flatMap((c) => c.backers.map((b) => ({ centreId: centreIds.get(c.key)!, memberId: memberIds.get(b)! }))));

  // Positions, candidates, applications and their stage history
  const positionIds: number[] = [];
  await inChunks(plan.positions, 1000, async (chunk) => {
    const rows = await tx
      .insert(t.positions)
      .values(chunk.map((p) => ({ centreId: centreIds.get(p.centre)!, profession: p.profession, title: p.title, fte: p.fte, status: p.status, published: p.published, openedOn: p.openedOn })))
      .returning({ id: t.positions.id });
    positionIds.push(...rows.map((r) => r.id));
  });
  const candidateIds: number[] = [];
  await inChunks(plan.candidates, 1000, async (chunk) => {
    const rows = await tx
      .insert(t.candidates)
      .values(
        chunk.map((c) => ({
          firstName: c.person.firstName,
          lastName: c.person.lastName,
          email: c.email,
          phone: c.phone,
          profession: c.profession,
          rpps: c.rpps,
          source: c.source,
          consentUntil: c.consentUntil,
          notes: c.notes,
          createdAt: `${c.createdAt}T09:00:00Z`,
        })),
      )
      .returning({ id: t.candidates.id });
    candidateIds.push(...rows.map((r) => r.id));
  });
  const applicationIds: number[] = [];
  await inChunks(plan.applications, 1000, async (chunk) => {
    const rows = await tx
      .insert(t.applications)
      .values(
        chunk.map((a) => ({
          candidateId: candidateIds[a.candidate],
          positionId: positionIds[a.position],
          stage: a.history[a.history.length - 1].stage,
          appliedOn: a.history[0].on,
          stageOn: a.history[a.history.length - 1].on,
        })),
      )
      .returning({ id: t.applications.id });
    applicationIds.push(...rows.map((r) => r.id));
  });
  const stageRows = plan.applications.flatMap((a, i) => a.history.map((e) => ({ applicationId: applicationIds[i], stage: e.stage, reachedOn: e.on })));
  await inChunks(stageRows, 2000, async (chunk) => {
    await tx.insert(t.applicationStages).values(chunk);
  });

  // Hires
  await inChunks(plan.hires, 1000, async (chunk) => {
    await tx.insert(t.hires).values(
      chunk.map((h) => ({
        firstName: h.person.firstName,
        lastName: h.person.lastName,
        profession: h.profession,
        rpps: h.rpps,
        centreId: centreIds.get(h.centre)!,
        contract: h.contract,
        fte: h.fte,
        startOn: h.startOn,
        endOn: h.endOn,
        endReason: h.endReason,
        msu: h.msu,
        outOfHours: h.outOfHours,
        applicationId: h.application === null ? null : applicationIds[h.application],
      })),
    );
  });

  // Activity
  await inChunks(plan.activities, 1000, async (chunk) => {
    await tx.insert(t.activities).values(chunk.map(({ centre, ...a }) => ({ ...a, centreId: centreIds.get(centre)! })));
  });

  await tx.insert(t.targets).values(plan.targets);
  await tx.insert(t.settings).values({ key: 'countedContracts', value: demoFacts.countedContracts });
  await tx.insert(t.users).values(
    demoAccounts.map((a) => ({
      email: a.email,
      name: a.name,
      role: a.role,
      memberId: a.memberName ? memberIds.get(plan.members.find((m) => m.name === a.memberName)!.key)! : null,
      passwordHash: null,
      createdAt: `${today}T08:00:00Z`,
    })),
  );
}

/** Refreshes the planner's statistics after a bulk load (VACUUM cannot run inside a transaction). */
export async function analyze(db: Db): Promise<void> {
  await db.execute(sql`analyze`);
}
