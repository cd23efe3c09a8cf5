import { luhnKey } from '../../src/domain/identifiers';
import type { AppServer } from '../support/app-server';

/** Two centres, three positions, four candidates and their applications, for the recruitment screens. */
export const rpps = (body: string) => body + luhnKey(body);

export async function seedRecruitment({ api }: Pick<AppServer, 'api'>) {
  const ids: Record<string, number> = {};
  const created = async (key: string, path: string, body: object) => {
    const res = await api('POST', path, body);
    if (res.status !== 201) throw new Error(`${path}: ${JSON.stringify(res.body)}`);
    ids[key] = res.body.id;
  };
  await created('couserans', '/api/members', { name: 'CC Couserans-Pyrénées', college: 3, kind: 'epci', departmentCode: '09', joinedOn: '2022-06-17', status: 'actif' });
  await created('scv', '/api/centres', { name: 'Centre de santé de Sainte-Croix-Volvestre', communeCode: '09257', status: 'ouvert', openedOn: '2022-07-01', memberIds: [ids.couserans] });
  await created('lacaune', '/api/centres', { name: 'Centre de santé de Lacaune', communeCode: '81124', status: 'travaux', memberIds: [ids.couserans] });
  const position = (key: string, body: object) => created(key, '/api/positions', { status: 'ouvert', openedOn: '2024-01-15', fte: 1, published: false, ...body });
  await position('gpScv', { centreId: ids.scv, profession: 'medecin', title: 'Médecin généraliste — Sainte-Croix', fte: 0.8 });
  // A complete job ad, ready to publish (« Publier l’offre » needs every field of it).
  await position('nurseScv', {
    centreId: ids.scv, profession: 'infirmier', title: 'Infirmier·e — Sainte-Croix',
    description: 'Soins, éducation thérapeutique et coordination avec les médecins du centre.', requirements: 'Diplôme d’État d’infirmier.',
    contract: 'cdi', salaryMin: 30000, salaryMax: 36000, plannedStartOn: '2024-04-01', publishedOn: '2024-01-15', closesOn: '2024-03-15',
  });
  await position('gpLacaune', { centreId: ids.lacaune, profession: 'medecin', title: 'Médecin généraliste — Lacaune' });
  const candidate = (key: string, body: object) =>
    created(key, '/api/candidates', { profession: 'medecin', source: 'forum', consentUntil: '2027-06-30', ...body });
  await candidate('martin', { firstName: 'Léa', lastName: 'Martin', email: 'lea.martin@exemple.fr', rpps: rpps('1000123456') });
  await candidate('bernard', { firstName: 'Hugo', lastName: 'Bernard', email: 'hugo.bernard@exemple.fr' });
  await candidate('roux', { firstName: 'Inès', lastName: 'Roux', email: 'ines.roux@exemple.fr', profession: 'infirmier' });
  await candidate('faure', { firstName: 'Marc', lastName: 'Faure', email: 'marc.faure@exemple.fr', rpps: rpps('1000987654') });
  const application = (key: string, body: object) => created(key, '/api/applications', { appliedOn: '2024-02-01', ...body });
  await application('martinScv', { candidateId: ids.martin, positionId: ids.gpScv, stage: 'recue' });
  await application('bernardLacaune', { candidateId: ids.bernard, positionId: ids.gpLacaune, stage: 'entretien', stageOn: '2024-03-01' });
  await application('rouxScv', { candidateId: ids.roux, positionId: ids.nurseScv, stage: 'preselection', stageOn: '2024-02-10' });
  await application('faureScv', { candidateId: ids.faure, positionId: ids.gpScv, stage: 'acceptee', stageOn: '2024-04-02' });
  return ids;
}
