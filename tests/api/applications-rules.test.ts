import { expect, it } from 'vitest';
import { addDays, todayInFrance } from '../../src/domain/calendar';
import { describeEachDatabase, type ApiFixture } from '../support/database';
import { create, insertFixtures, type Fixtures } from './fixtures';

/**
 * The recruitment rules of applications (issue 13, point 12), on PGlite and PostgreSQL: only an open
 * position takes a new application; a position's label tells it apart; hiring fills a position; a
 * running contract keeps its application from being refused or withdrawn; stage dates are neither in
 * the future nor before the previous stage's. Every refusal changes nothing.
 */

const filter = (f: object) => encodeURIComponent(JSON.stringify(f));

async function get(fx: ApiFixture, resource: string, id: number) {
  const res = await fx.call('GET', `/api/${resource}/${id}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as Record<string, any>;
}

async function total(fx: ApiFixture, resource: string, f: object = {}) {
  const res = await fx.call('GET', `/api/${resource}?range=[0,0]&filter=${filter(f)}`);
  expect(res.status).toBe(200);
  return Number(res.headers.get('content-range')!.split('/')[1]);
}

/** What a refusal must leave as it was: the applications, their steps (through the records) and the audit trail. */
async function snapshot(fx: ApiFixture, applicationId?: number) {
  return {
    applications: await total(fx, 'applications'),
    audit: await total(fx, 'audit'),
    positions: (await fx.call('GET', `/api/positions?range=[0,99]&sort=["id","ASC"]`)).body,
    record: applicationId ? await get(fx, 'applications', applicationId) : undefined,
  };
}

let n = 0;
function candidate(fx: ApiFixture, profession = 'medecin') {
  n += 1;
  return create(fx.call, 'candidates', { firstName: 'Essai', lastName: `Règle ${n}`, email: `regle${n}@example.org`, profession, source: 'site', consentUntil: '2028-01-31' });
}

const hire = (applicationId: number, centreId: number, overrides: Record<string, unknown> = {}) => ({
  firstName: 'Essai', lastName: 'Contrat', profession: 'medecin', centreId, contract: 'cdi', fte: 1, startOn: '2024-09-02', applicationId, ...overrides,
});

let f: Fixtures;

describeEachDatabase(
  'application rules',
  (fx) => {
    const today = todayInFrance();
    const yesterday = addDays(today, -1);
    const tomorrow = addDays(today, 1);

    it('refuses a new application on a filled or frozen position with the reason on positionId, and changes nothing', async () => {
      const ines = f.candidates.ines;
      const before = await snapshot(fx);
      const filled = await fx.call('POST', '/api/applications', { candidateId: ines.id, positionId: f.positions.scvMedecin.id, stage: 'recue', appliedOn: '2024-02-01' });
      expect(filled.status, JSON.stringify(filled.body)).toBe(400);
      expect(filled.body.errors).toEqual({ positionId: 'Ce poste n’est pas ouvert (pourvu depuis le 01/07/2022) : il ne prend plus de candidature' });
      const frozen = await fx.call('POST', '/api/applications', { candidateId: ines.id, positionId: f.positions.saintGillesInfirmier.id, stage: 'recue', appliedOn: '2024-02-01' });
      expect(frozen.status).toBe(400);
      expect(frozen.body.errors.positionId).toMatch(/n’est pas ouvert \(gelé/);
      expect(await snapshot(fx)).toEqual(before);
    });

    it('lets an application on a position closed since continue, but not move to a closed position', async () => {
      // Jean-Luc applied to the Saint-Gilles nurse position before it was frozen: his process goes on.
      const jeanLuc = await get(fx, 'applications', f.applications.jeanLuc.id);
      const offer = await fx.call('PUT', `/api/applications/${jeanLuc.id}`, { ...jeanLuc, stage: 'offre', stageOn: '2023-04-02' });
      expect(offer.status, JSON.stringify(offer.body)).toBe(200);
      expect(offer.body.stageHistory.at(-1)).toEqual({ stage: 'offre', on: '2023-04-02' });

      const other = await create(fx.call, 'applications', { candidateId: f.candidates.ines.id, positionId: f.positions.scvSageFemme.id, stage: 'recue', appliedOn: '2024-02-01' });
      const before = await snapshot(fx, other.id);
      const moved = await fx.call('PUT', `/api/applications/${other.id}`, { ...other, positionId: f.positions.scvMedecin.id });
      expect(moved.status).toBe(400);
      expect(moved.body.errors).toEqual({ positionId: expect.stringMatching(/n’est pas ouvert \(pourvu/) });
      expect(await snapshot(fx, other.id)).toEqual(before);
    });

    it('labels positions apart (title, centre unless named, FTE, since when) and filters the open ones', async () => {
      const all = (await fx.call('GET', '/api/positions?range=[0,99]')).body as { id: number; label: string; status: string }[];
      const label = (id: number) => all.find((p) => p.id === id)!.label;
      expect(label(f.positions.scvMedecin.id)).toBe('Médecin généraliste — Centre de santé de Sainte-Croix-Volvestre — 1 ETP — pourvu depuis le 01/07/2022');
      expect(label(f.positions.lacauneMedecin.id)).toBe('Médecin généraliste — Centre de santé de Lacaune — 1 ETP — ouvert depuis le 10/01/2023');
      expect(label(f.positions.scvSecretaire.id)).toBe('Secrétaire médicale — Centre de santé de Sainte-Croix-Volvestre — 0,8 ETP — ouvert depuis le 01/09/2023');
      expect(label(f.positions.saintGillesInfirmier.id)).toBe('Infirmier·e en pratique avancée — Centre de santé de Saint-Gilles — 0,6 ETP — gelé (ouvert le 01/03/2023)');
      expect(new Set(all.map((p) => p.label)).size).toBe(all.length);
      // The same label on a single record and through getMany (the pickers' current value).
      expect((await get(fx, 'positions', f.positions.scvMedecin.id)).label).toBe(label(f.positions.scvMedecin.id));
      const many = (await fx.call('GET', `/api/positions?filter=${filter({ id: [f.positions.lacauneMedecin.id] })}`)).body;
      expect(many[0].label).toBe(label(f.positions.lacauneMedecin.id));
      // A title that names the place needs no centre.
      const named = await create(fx.call, 'positions', { centreId: f.centres.lacaune.id, profession: 'medecin', title: 'Médecin généraliste — Lacaune', fte: 0.5, status: 'ouvert', openedOn: '2025-02-03' });
      expect(named.label).toBe('Médecin généraliste — Lacaune — 0,5 ETP — ouvert depuis le 03/02/2025');

      const open = (await fx.call('GET', `/api/positions?range=[0,99]&filter=${filter({ status: 'ouvert' })}`)).body as { status: string }[];
      expect(open.length).toBeGreaterThan(0);
      expect(open.every((p) => p.status === 'ouvert')).toBe(true);
    });

    it('fills a position when the FTE of its running contracts covers it, in the hire’s transaction', async () => {
      const position = await create(fx.call, 'positions', { centreId: f.centres.lacaune.id, profession: 'medecin', title: 'Médecin — temps partagé', fte: 1, status: 'ouvert', openedOn: '2024-05-02' });
      const accepted = async () => {
        const c = await candidate(fx);
        return create(fx.call, 'applications', { candidateId: c.id, positionId: position.id, stage: 'acceptee', appliedOn: '2024-06-03', stageOn: '2024-07-01' });
      };
      // An ended contract does not fill it; 0.5 FTE of 1 does not either.
      await create(fx.call, 'hires', hire((await accepted()).id, f.centres.lacaune.id, { contract: 'cdd', fte: 0.5, startOn: '2024-07-15', endOn: yesterday }));
      await create(fx.call, 'hires', hire((await accepted()).id, f.centres.lacaune.id, { fte: 0.5 }));
      expect(await get(fx, 'positions', position.id)).toMatchObject({ status: 'ouvert', version: 1 });
      // The second half does: pourvu, a new version, and the label says since when.
      await create(fx.call, 'hires', hire((await accepted()).id, f.centres.lacaune.id, { fte: 0.5, startOn: '2024-10-01' }));
      const filled = await get(fx, 'positions', position.id);
      expect(filled).toMatchObject({ status: 'pourvu', version: 2 });
      expect(filled.label).toBe('Médecin — temps partagé — Centre de santé de Lacaune — 1 ETP — pourvu depuis le 01/10/2024');
      // A hire with no application fills nothing.
      const lone = await create(fx.call, 'positions', { centreId: f.centres.lacaune.id, profession: 'medecin', fte: 0.5, status: 'ouvert', openedOn: '2024-05-02' });
      await create(fx.call, 'hires', hire(null as never, f.centres.lacaune.id, { applicationId: null, fte: 0.5 }));
      expect((await get(fx, 'positions', lone.id)).status).toBe('ouvert');
    });

    it('refuses to refuse or withdraw an application whose contract runs (409), and allows it once the contract has ended', async () => {
      const position = await create(fx.call, 'positions', { centreId: f.centres.scv.id, profession: 'medecin', fte: 0.8, status: 'ouvert', openedOn: '2024-05-02' });
      const c = await candidate(fx);
      const application = await create(fx.call, 'applications', { candidateId: c.id, positionId: position.id, stage: 'acceptee', appliedOn: '2024-06-03', stageOn: '2024-07-01' });
      const contract = await create(fx.call, 'hires', hire(application.id, f.centres.scv.id, { contract: 'cdd', fte: 0.8, endOn: addDays(today, 30) }));
      const current = await get(fx, 'applications', application.id);

      for (const stage of ['refusee', 'retiree']) {
        const before = await snapshot(fx, application.id);
        const res = await fx.call('PUT', `/api/applications/${application.id}`, { ...current, stage, outcomeReason: stage === 'refusee' ? 'profil' : 'autre_offre' });
        expect(res.status, JSON.stringify(res.body)).toBe(409);
        expect(res.body.message).toBe('Un contrat en cours est attaché à cette candidature : mettez d’abord fin au contrat (« Mettre fin au contrat ») avant de la refuser ou de la retirer');
        expect(await snapshot(fx, application.id)).toEqual(before);
      }
      // Ending today: still running today.
      const endsToday = await fx.call('PUT', `/api/hires/${contract.id}`, { ...contract, endOn: today });
      expect(endsToday.status, JSON.stringify(endsToday.body)).toBe(200);
      expect((await fx.call('PUT', `/api/applications/${application.id}`, { ...current, stage: 'retiree', outcomeReason: 'autre_offre' })).status).toBe(409);
      // Ended yesterday: the application may be withdrawn.
      const ended = await fx.call('PUT', `/api/hires/${contract.id}`, { ...endsToday.body, endOn: yesterday });
      expect(ended.status, JSON.stringify(ended.body)).toBe(200);
      const withdrawn = await fx.call('PUT', `/api/applications/${application.id}`, { ...current, stage: 'retiree', outcomeReason: 'autre_offre' });
      expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
      expect(withdrawn.body.stageHistory.at(-1)).toEqual({ stage: 'retiree', on: today });
    });

    it('refuses a stage date in the future or before the previous stage’s, on stageOn, and changes nothing', async () => {
      const c = await candidate(fx, 'sage_femme');
      const future = await fx.call('POST', '/api/applications', { candidateId: c.id, positionId: f.positions.scvSageFemme.id, stage: 'entretien', appliedOn: '2024-03-01', stageOn: tomorrow });
      expect(future.status).toBe(400);
      expect(future.body.errors).toEqual({ stageOn: expect.stringMatching(/futur/) });
      const received = await fx.call('POST', '/api/applications', { candidateId: c.id, positionId: f.positions.scvSageFemme.id, stage: 'recue', appliedOn: tomorrow });
      expect(received.status).toBe(400);
      expect(received.body.errors).toEqual({ appliedOn: expect.stringMatching(/futur/) });

      const application = await create(fx.call, 'applications', { candidateId: c.id, positionId: f.positions.scvSageFemme.id, stage: 'preselection', appliedOn: '2024-03-01', stageOn: '2024-03-10' });
      const before = await snapshot(fx, application.id);
      const refusals = [
        { stage: 'entretien', stageOn: tomorrow, message: /futur/ },
        // Before the previous stage (présélection on 10/03), though after the application was received.
        { stage: 'entretien', stageOn: '2024-03-05', message: /^Cette date précède celle de l’étape précédente \(10\/03\/2024\)$/ },
        // The current stage's date corrected to before the previous one (reçue on 01/03).
        { stage: 'preselection', stageOn: '2024-02-28', message: /précède/ },
      ];
      for (const { stage, stageOn, message } of refusals) {
        const res = await fx.call('PUT', `/api/applications/${application.id}`, { ...application, stage, stageOn });
        expect(res.status, `${stage} ${stageOn}: ${JSON.stringify(res.body)}`).toBe(400);
        expect(Object.keys(res.body.errors)).toEqual(['stageOn']);
        expect(res.body.errors.stageOn).toMatch(message);
        expect(await snapshot(fx, application.id)).toEqual(before);
      }

      // A correction of the current stage's date is kept in the history too.
      const corrected = await fx.call('PUT', `/api/applications/${application.id}`, { ...application, stageOn: '2024-03-08' });
      expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);
      expect(corrected.body.stageHistory).toEqual([
        { stage: 'recue', on: '2024-03-01' },
        { stage: 'preselection', on: '2024-03-08' },
      ]);
      // The same day as the previous stage, and a move dated today (what the board sends), are accepted.
      const sameDay = await fx.call('PUT', `/api/applications/${application.id}`, { ...corrected.body, stage: 'entretien', stageOn: '2024-03-08' });
      expect(sameDay.status, JSON.stringify(sameDay.body)).toBe(200);
      const board = await fx.call('PUT', `/api/applications/${application.id}`, { stage: 'offre', stageOn: today, version: sameDay.body.version });
      expect(board.status, JSON.stringify(board.body)).toBe(200);
      expect(board.body.stageHistory.at(-1)).toEqual({ stage: 'offre', on: today });
    });
  },
  async (fx) => {
    f = await insertFixtures(fx.call);
  },
);
