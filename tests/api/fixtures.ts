import { expect } from 'vitest';
import { isValidSiren, luhnKey, makeFiness } from '../../src/domain/identifiers';
import type { ApiFixture } from '../support/database';

/**
 * Demonstration records written through the API (so that every fixture also passes validation):
 * real organisations and places of Occitanie, fictitious persons.
 */

export const rpps = (body10: string) => body10 + luhnKey(body10);

type Call = ApiFixture['call'];

/** POSTs a record and returns it; fails the test with the server's answer if it is not a 201. */
export async function create(call: Call, resource: string, record: Record<string, unknown>): Promise<Record<string, any> & { id: number }> {
  const res = await call('POST', `/api/${resource}`, record);
  expect(res.status, `POST /api/${resource} ${JSON.stringify(record)} → ${JSON.stringify(res.body)}`).toBe(201);
  return res.body;
}

/** The job ad a published position needs (publicationErrors), with the dates of a campaign in the past. */
export const jobAd = (overrides: Record<string, unknown> = {}) => ({
  description: 'Exercice salarié en centre de santé : consultations programmées et non programmées, travail en équipe.',
  requirements: 'Diplôme d’État et inscription à l’Ordre.',
  contract: 'cdi',
  salaryMin: 42000,
  salaryMax: 52000,
  plannedStartOn: '2022-09-01',
  publishedOn: '2022-05-02',
  closesOn: '2022-07-31',
  ...overrides,
});

export const memberData = {
  region: { name: 'Région Occitanie', college: 1, kind: 'region', siren: '200053791', joinedOn: '2022-06-17', status: 'actif', contribution: 500000 },
  ariege: { name: 'Département de l’Ariège', college: 2, kind: 'departement', siren: '220900013', departmentCode: '09', joinedOn: '2022-06-17', status: 'actif', contribution: 60000 },
  couserans: { name: 'CC Couserans-Pyrénées', college: 3, kind: 'epci', siren: '200067940', departmentCode: '09', joinedOn: '2022-06-17', status: 'actif', contribution: 20000, contactName: 'Service santé' },
  hauteAriege: { name: 'CC de la Haute Ariège', college: 3, kind: 'epci', siren: '200066363', departmentCode: '09', joinedOn: '2022-06-17', status: 'actif', contribution: 15000 },
  beaucaire: { name: 'CC Beaucaire Terre d’Argence', college: 3, kind: 'epci', siren: '243000585', departmentCode: '30', joinedOn: '2023-01-20', status: 'actif', contribution: 12000 },
  fourques: { name: 'Commune de Fourques', college: 3, kind: 'commune', siren: '213001175', departmentCode: '30', joinedOn: '2023-01-20', status: 'candidat', contribution: 2000 },
  fas: { name: 'France Assos Santé Occitanie', college: 4, kind: 'association', joinedOn: '2023-01-20', status: 'actif', contribution: 0 },
  // Five names whose code-point order is not the French order.
  centreHospitalier: { name: 'centre hospitalier du Val d’Ariège', college: 4, kind: 'etablissement', joinedOn: '2022-06-17', status: 'actif', contribution: 5000 },
  chu: { name: 'CHU de Toulouse', college: 4, kind: 'etablissement', joinedOn: '2022-06-17', status: 'actif', contribution: 10000 },
  ecole: { name: 'école de sages-femmes de Nîmes', college: 4, kind: 'etablissement', joinedOn: '2023-01-20', status: 'actif', contribution: 1000 },
  eglise: { name: 'Église protestante unie d’Occitanie', college: 4, kind: 'association', joinedOn: '2024-03-01', status: 'retire', leftOn: '2024-12-31', contribution: 0 },
  zone: { name: 'Zone blanche, médecins ruraux', college: 4, kind: 'association', joinedOn: '2024-03-01', status: 'actif', contribution: 300 },
} as const;
export type MemberKey = keyof typeof memberData;

export interface Fixtures {
  members: Record<MemberKey, Record<string, any> & { id: number }>;
  centres: Record<'scv' | 'cabannes' | 'lacaune' | 'saintGilles' | 'cugnaux', Record<string, any> & { id: number }>;
  positions: Record<'scvMedecin' | 'scvSecretaire' | 'scvSageFemme' | 'lacauneMedecin' | 'saintGillesInfirmier', Record<string, any> & { id: number }>;
  candidates: Record<'elodie' | 'jeanLuc' | 'ines', Record<string, any> & { id: number }>;
  applications: Record<'elodie' | 'jeanLuc', Record<string, any> & { id: number }>;
  hires: Record<'elodie' | 'paul' | 'sophie' | 'marc', Record<string, any> & { id: number }>;
  activities: Record<string, any>[];
}

/** Writes the whole demonstration set through the API, in dependency order. */
export async function insertFixtures(call: Call): Promise<Fixtures> {
  for (const data of Object.values(memberData)) if ('siren' in data) expect(isValidSiren(data.siren), data.siren).toBe(true);
  const members = {} as Fixtures['members'];
  for (const [key, data] of Object.entries(memberData)) members[key as MemberKey] = await create(call, 'members', data);
  const m = members;

  const centres = {} as Fixtures['centres'];
  centres.scv = await create(call, 'centres', {
    name: 'Centre de santé de Sainte-Croix-Volvestre',
    communeCode: '09257',
    address: 'Place de la Mairie, 09230 Sainte-Croix-Volvestre',
    status: 'ouvert',
    plannedOpeningOn: '2022-07-01',
    openedOn: '2022-07-01',
    finess: makeFiness('09', 1),
    memberIds: [m.couserans.id, m.region.id],
    services: ['programmes', 'non_programmes', 'visites'],
    priorityZone: true,
    openingBudget: 100000,
  });
  centres.cabannes = await create(call, 'centres', {
    name: 'Antenne des Cabannes',
    communeCode: '09070',
    status: 'ouvert',
    openedOn: '2023-07-01',
    memberIds: [m.hauteAriege.id],
    services: ['programmes'],
    priorityZone: true,
    parentCentreId: centres.scv.id,
    openingBudget: 40000,
  });
  centres.lacaune = await create(call, 'centres', {
    name: 'Centre de santé de Lacaune',
    communeCode: '81124',
    status: 'ouvert',
    openedOn: '2023-02-01',
    finess: makeFiness('81', 2),
    memberIds: [m.region.id],
    services: ['programmes', 'permanence'],
    openingBudget: 90000,
  });
  centres.saintGilles = await create(call, 'centres', {
    name: 'Centre de santé de Saint-Gilles',
    communeCode: '30258',
    status: 'ouvert',
    openedOn: '2023-04-01',
    memberIds: [m.beaucaire.id, m.region.id],
    services: ['msu', 'programmes'],
    openingBudget: 110000,
  });
  centres.cugnaux = await create(call, 'centres', {
    name: 'Centre de santé de Cugnaux',
    communeCode: '31157',
    status: 'projet',
    plannedOpeningOn: '2025-04-01',
  });
  const c = centres;

  const positions = {} as Fixtures['positions'];
  // Open when their applications came in: Élodie's hire fills the first, the last is frozen afterwards.
  positions.scvMedecin = await create(call, 'positions', { centreId: c.scv.id, profession: 'medecin', title: 'Médecin généraliste', fte: 1, status: 'ouvert', published: true, openedOn: '2022-05-02', ...jobAd() });
  positions.scvSecretaire = await create(call, 'positions', { centreId: c.scv.id, profession: 'secretaire', title: 'Secrétaire médicale', fte: 0.8, status: 'ouvert', published: true, openedOn: '2023-09-01', ...jobAd({ salaryMin: 24000, salaryMax: 28000, plannedStartOn: '2023-11-01', publishedOn: '2023-09-01', closesOn: '2023-10-15' }) });
  positions.scvSageFemme = await create(call, 'positions', { centreId: c.scv.id, profession: 'sage_femme', title: 'Sage-femme', fte: 0.5, status: 'ouvert', published: false, openedOn: '2024-01-15' });
  positions.lacauneMedecin = await create(call, 'positions', { centreId: c.lacaune.id, profession: 'medecin', title: 'Médecin généraliste', fte: 1, status: 'ouvert', published: true, openedOn: '2023-01-10', ...jobAd({ plannedStartOn: '2023-04-01', publishedOn: '2023-01-10', closesOn: '2023-03-10' }) });
  positions.saintGillesInfirmier = await create(call, 'positions', { centreId: c.saintGilles.id, profession: 'infirmier', title: 'Infirmier·e en pratique avancée', fte: 0.6, status: 'ouvert', openedOn: '2023-03-01' });
  const p = positions;

  const candidates = {} as Fixtures['candidates'];
  candidates.elodie = await create(call, 'candidates', { firstName: 'Élodie', lastName: 'Martin', email: 'elodie.martin@example.org', phone: '06 12 34 56 78', profession: 'medecin', rpps: rpps('1000345678'), source: 'faculte', consentUntil: '2026-06-30' });
  candidates.jeanLuc = await create(call, 'candidates', { firstName: 'Jean-Luc', lastName: 'Roux', email: 'jl.roux@example.org', profession: 'infirmier', source: 'forum', consentUntil: '2025-12-31' });
  candidates.ines = await create(call, 'candidates', { firstName: 'Inès', lastName: 'Benali', email: 'ines.benali@example.org', profession: 'sage_femme', rpps: rpps('1000987654'), source: 'site', consentUntil: '2027-01-31' });

  const applications = {} as Fixtures['applications'];
  applications.elodie = await create(call, 'applications', { candidateId: candidates.elodie.id, positionId: p.scvMedecin.id, stage: 'acceptee', appliedOn: '2022-05-10', stageOn: '2022-06-01' });
  applications.jeanLuc = await create(call, 'applications', { candidateId: candidates.jeanLuc.id, positionId: p.saintGillesInfirmier.id, stage: 'entretien', appliedOn: '2023-03-05', stageOn: '2023-03-20' });

  const hires = {} as Fixtures['hires'];
  hires.elodie = await create(call, 'hires', { firstName: 'Élodie', lastName: 'Martin', profession: 'medecin', rpps: rpps('1000345678'), centreId: c.scv.id, contract: 'cdi', fte: 1, startOn: '2022-07-01', msu: true, outOfHours: true, applicationId: applications.elodie.id });
  hires.paul = await create(call, 'hires', { firstName: 'Paul', lastName: 'Garcia', profession: 'medecin', centreId: c.lacaune.id, contract: 'cdi', fte: 0.8, startOn: '2023-02-01' });
  hires.sophie = await create(call, 'hires', { firstName: 'Sophie', lastName: 'Lopez', profession: 'secretaire', centreId: c.scv.id, contract: 'cdi', fte: 0.5, startOn: '2022-07-01', endOn: '2023-06-30', endReason: 'Démission' });
  hires.marc = await create(call, 'hires', { firstName: 'Marc', lastName: 'Vidal', profession: 'medecin', centreId: c.saintGilles.id, contract: 'cdd', fte: 0.6, startOn: '2023-04-01', endOn: '2023-12-31' });
  const frozen = await call('PUT', `/api/positions/${p.saintGillesInfirmier.id}`, { ...p.saintGillesInfirmier, status: 'gele' });
  expect(frozen.status, JSON.stringify(frozen.body)).toBe(200);
  positions.saintGillesInfirmier = frozen.body;
  positions.scvMedecin = (await call('GET', `/api/positions/${p.scvMedecin.id}`)).body;
  expect(positions.scvMedecin.status).toBe('pourvu');

  const activities: Record<string, any>[] = [];
  for (const [centre, month, scheduled] of [
    [c.scv, '2023-01', 410],
    [c.scv, '2023-02', 452],
    [c.scv, '2023-03', 498],
    [c.lacaune, '2023-02', 120],
    [c.lacaune, '2023-03', 260],
  ] as const)
    activities.push(
      await create(call, 'activities', { centreId: centre.id, month, scheduled, unscheduled: Math.round(scheduled / 5), homeVisits: 12, outOfHoursShifts: 3, newReferringPatients: Math.round(scheduled / 10) }),
    );

  return { members, centres, positions, candidates, applications, hires, activities };
}
