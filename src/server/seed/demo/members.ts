/**
 * The GIP's members: the 18 founders of 17 June 2022, those who joined ahead of the centres they back,
 * the nine of 20 January 2023, and the backers each centre adds (centres.ts asks for them here).
 * Organisations and SIRENs are real; contacts are fictitious (people.ts).
 */
import type { MemberKind } from '../../../domain/enums';
import { communeByCode, departmentByCode, epciBySiren } from '../../../domain/reference';
import { Random } from '../random';
import { demoFacts } from './facts';
import { People } from './people';

export interface MemberPlan {
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

const FOUNDED_ON = demoFacts.foundedOn;
const JOINERS_2023 = demoFacts.members[0].on;

const SIREN_REGION = '200053791';
const SIREN_COUSERANS = '200067940';
const SIREN_HAUTE_ARIEGE = '200066363';

/** `value` rounded to a multiple of `step` (contributions, budgets). */
export const round = (value: number, step: number) => Math.round(value / step) * step;

type MemberFields = Omit<MemberPlan, 'contactName' | 'contactEmail' | 'contactPhone' | 'leftOn' | 'status'> & Partial<MemberPlan>;

/** The members so far, and how to add the council or the EPCI that backs a centre (once each). */
export interface Members {
  /** In the order they were added; `planDemo` sorts them by joining date at the end. */
  list: MemberPlan[];
  has(key: string): boolean;
  department(code: string, joinedOn: string, extra?: Partial<MemberPlan>): MemberPlan;
  epci(siren: string, joinedOn: string, departmentCode?: string, extra?: Partial<MemberPlan>): MemberPlan;
}

/** The members that do not come with a centre; the others are added by `planCentres`. */
export function planMembers(): Members {
  const contacts = new People(new Random('contacts'));
  const members: MemberPlan[] = [];
  const memberByKey = new Map<string, MemberPlan>();
  const addMember = (m: MemberFields) => {
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

  return { list: members, has: (key) => memberByKey.has(key), department, epci };
}
