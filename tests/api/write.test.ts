import { expect, it } from 'vitest';
import { todayInFrance } from '../../src/domain/calendar';
import { makeFiness } from '../../src/domain/identifiers';
import { MAX_BODY_BYTES } from '../../src/server/app';
import { describeEachDatabase, type ApiFixture } from '../support/database';
import { create, insertFixtures, rpps, type Fixtures } from './fixtures';

/**
 * POST / PUT / DELETE: validation with field errors, identifiers' check keys, references and unique
 * values, optimistic concurrency with `version`, read-only fields, refusals — on PGlite and PostgreSQL.
 */

async function total(fx: ApiFixture, resource: string, filter: Record<string, unknown> = {}) {
  const res = await fx.call('GET', `/api/${resource}?range=[0,0]&filter=${encodeURIComponent(JSON.stringify(filter))}`);
  expect(res.status).toBe(200);
  return Number(res.headers.get('content-range')!.split('/')[1]);
}

async function get(fx: ApiFixture, resource: string, id: number) {
  const res = await fx.call('GET', `/api/${resource}/${id}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as Record<string, any>;
}

/** A refused write: the status, a JSON body with a French message, and the field errors when given. */
function expectRefusal(res: { status: number; body: any; headers: Headers }, status: number, errors?: Record<string, RegExp | string>) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  expect(typeof res.body.message).toBe('string');
  expect(res.body.message.length).toBeGreaterThan(5);
  if (errors) {
    expect(Object.keys(res.body.errors ?? {}).sort()).toEqual(Object.keys(errors).sort());
    for (const [field, message] of Object.entries(errors)) expect(res.body.errors[field], field).toMatch(message);
  }
}

const member = (overrides: Record<string, unknown> = {}) => ({
  name: 'Commune de Verdun-sur-Garonne',
  college: 3,
  kind: 'commune',
  siren: '218201903',
  departmentCode: '82',
  joinedOn: '2023-01-20',
  status: 'actif',
  contribution: 1500,
  ...overrides,
});

let f: Fixtures;

describeEachDatabase(
  'POST, PUT, DELETE /api/<resource>',
  (fx) => {
    const centre = (overrides: Record<string, unknown> = {}) => ({
      name: 'Centre de santé de Saint-Martory',
      communeCode: '31503',
      status: 'ouvert',
      openedOn: '2023-02-06',
      memberIds: [f.members.region.id],
      services: ['programmes'],
      ...overrides,
    });
    const hire = (overrides: Record<string, unknown> = {}) => ({
      firstName: 'Nadia',
      lastName: 'Ferrand',
      profession: 'medecin',
      centreId: f.centres.lacaune.id,
      contract: 'cdi',
      fte: 1,
      startOn: '2024-09-02',
      ...overrides,
    });

    // ——— create ———

    it('create answers 201 with the record, its id and version 1', async () => {
      const before = await total(fx, 'members');
      const res = await fx.call('POST', '/api/members', member());
      expect(res.status).toBe(201);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(res.body).toMatchObject({ ...member(), id: expect.any(Number), version: 1, leftOn: null, contactEmail: null });
      expect(await get(fx, 'members', res.body.id)).toEqual(res.body);
      expect(await total(fx, 'members')).toBe(before + 1);
    });

    it('create derives the centre’s department from its commune and keeps its backing members', async () => {
      const res = await fx.call('POST', '/api/centres', centre({ finess: makeFiness('31', 77), memberIds: [f.members.region.id, f.members.ariege.id] }));
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body).toMatchObject({ departmentCode: '31', version: 1, finess: makeFiness('31', 77), priorityZone: false });
      expect(res.body.memberIds).toEqual([f.members.region.id, f.members.ariege.id].sort((a, b) => a - b));
    });

    it('a number the column cannot hold answers 400 naming its field, on create and on update, and writes nothing', async () => {
      const before = await total(fx, 'members');
      const res = await fx.call('POST', '/api/members', member({ contribution: 3_000_000_000 }));
      expectRefusal(res, 400, { contribution: /trop grand.*2\s147\s483\s647/ });
      expect(res.body.message).toMatch(/^Données invalides : .*trop grand/);
      expect(await total(fx, 'members')).toBe(before);
      const current = await get(fx, 'members', f.members.region.id);
      const update = await fx.call('PUT', `/api/members/${f.members.region.id}`, { ...current, contribution: 2 ** 31 });
      expectRefusal(update, 400, { contribution: /trop grand/ });
      expect(await get(fx, 'members', f.members.region.id)).toEqual(current);
    });

    it('validation errors answer 400 { message, errors: { field: message } } and write nothing', async () => {
      const before = await total(fx, 'members');
      const res = await fx.call('POST', '/api/members', member({ name: '  ', college: 7, joinedOn: '20/01/2023', contribution: -5 }));
      expectRefusal(res, 400, { name: 'Obligatoire', college: /Collège/, joinedOn: /AAAA-MM-JJ/, contribution: /positif/ });
      expect(res.body.message).toMatch(/^Données invalides/);
      const empty = await fx.call('POST', '/api/members', {});
      expectRefusal(empty, 400);
      expect(Object.keys(empty.body.errors)).toEqual(expect.arrayContaining(['name', 'kind', 'joinedOn', 'status']));
      expect(await total(fx, 'members')).toBe(before);
    });

    it('values the database cannot hold answer 400, not 500, and write nothing', async () => {
      const members = await total(fx, 'members');
      expectRefusal(await fx.call('POST', '/api/members', member({ siren: null, name: 'Commune de\u0000Fourques' })), 400);
      expectRefusal(await fx.call('POST', '/api/members', member({ siren: null, contribution: 3_000_000_000 })), 400);
      expect(await total(fx, 'members')).toBe(members);
      const positions = await total(fx, 'positions');
      expectRefusal(await fx.call('POST', '/api/positions', { centreId: 3_000_000_000, profession: 'medecin', fte: 1, status: 'ouvert', openedOn: '2024-01-01' }), 400);
      expect(await total(fx, 'positions')).toBe(positions);
      const region = await get(fx, 'members', f.members.region.id);
      expectRefusal(await fx.call('PUT', `/api/members/${region.id}`, { contactName: 'Direction\u0000santé', version: region.version }), 400);
      expect(await get(fx, 'members', region.id)).toEqual(region);
    });

    it('refuses a SIREN, FINESS or RPPS number whose check key is wrong, on the field', async () => {
      const members = await total(fx, 'members');
      expectRefusal(await fx.call('POST', '/api/members', member({ siren: '218201904' })), 400, { siren: /Clé de contrôle du SIREN/ });
      expectRefusal(await fx.call('POST', '/api/members', member({ siren: '21820190' })), 400, { siren: /9 chiffres/ });
      expect(await total(fx, 'members')).toBe(members);

      const good = makeFiness('31', 78);
      const bad = good.slice(0, 8) + String((Number(good[8]) + 1) % 10);
      expectRefusal(await fx.call('POST', '/api/centres', centre({ finess: bad })), 400, { finess: /Clé de contrôle du numéro FINESS/ });

      const valid = rpps('1000111222');
      const invalid = valid.slice(0, 10) + String((Number(valid[10]) + 1) % 10);
      expectRefusal(await fx.call('POST', '/api/hires', hire({ rpps: invalid })), 400, { rpps: /Clé de contrôle du numéro RPPS/ });
      expectRefusal(
        await fx.call('POST', '/api/candidates', { firstName: 'Yann', lastName: 'Le Gall', email: 'yann@example.org', profession: 'medecin', rpps: invalid, source: 'site', consentUntil: '2026-01-01' }),
        400,
        { rpps: /RPPS/ },
      );
      // The same numbers with their right key pass.
      expect((await fx.call('POST', '/api/hires', hire({ rpps: valid }))).status).toBe(201);
    });

    it('applies cross-field rules: opened centre without date, contract ending before it starts, FTE out of (0, 1]', async () => {
      const centres = await total(fx, 'centres');
      expectRefusal(await fx.call('POST', '/api/centres', centre({ openedOn: null })), 400, { openedOn: /Obligatoire/ });
      expectRefusal(await fx.call('POST', '/api/centres', centre({ status: 'projet' })), 400, { openedOn: /projet/ });
      expect(await total(fx, 'centres')).toBe(centres);

      const hires = await total(fx, 'hires');
      expectRefusal(await fx.call('POST', '/api/hires', hire({ startOn: '2024-09-02', endOn: '2024-08-31' })), 400, { endOn: /précède/ });
      expectRefusal(await fx.call('POST', '/api/hires', hire({ fte: 0 })), 400, { fte: /supérieur à 0/ });
      expectRefusal(await fx.call('POST', '/api/hires', hire({ fte: 1.5 })), 400, { fte: /1 ETP/ });
      expectRefusal(await fx.call('POST', '/api/hires', hire({ contract: 'cdd' })), 400, { endOn: /CDD/ });
      expectRefusal(await fx.call('POST', '/api/positions', { centreId: f.centres.scv.id, profession: 'medecin', fte: 0, status: 'ouvert', openedOn: '2024-01-01' }), 400, { fte: /0/ });
      expectRefusal(await fx.call('POST', '/api/members', member({ kind: 'epci', college: 1 })), 400, { college: /collège 3/ });
      expect(await total(fx, 'hires')).toBe(hires);
    });

    it('an unknown reference answers 400 on the field, not 500, and writes nothing', async () => {
      const positions = await total(fx, 'positions');
      expectRefusal(await fx.call('POST', '/api/positions', { centreId: 999999, profession: 'medecin', fte: 1, status: 'ouvert', openedOn: '2024-01-01' }), 400, { centreId: /inconnu/i });
      expect(await total(fx, 'positions')).toBe(positions);

      const hires = await total(fx, 'hires');
      expectRefusal(await fx.call('POST', '/api/hires', hire({ centreId: 999999 })), 400, { centreId: /inconnu/i });
      expectRefusal(await fx.call('POST', '/api/hires', hire({ applicationId: 999999 })), 400, { applicationId: /inconnu/i });
      expect(await total(fx, 'hires')).toBe(hires);

      // The centre row is inserted before its backing members: the whole write must roll back.
      const centres = await total(fx, 'centres');
      expectRefusal(await fx.call('POST', '/api/centres', centre({ memberIds: [f.members.region.id, 999999] })), 400, { memberIds: /inconnu/i });
      expectRefusal(await fx.call('POST', '/api/centres', centre({ parentCentreId: 999999 })), 400, { parentCentreId: /inconnu/i });
      expect(await total(fx, 'centres')).toBe(centres);

      expectRefusal(
        await fx.call('POST', '/api/applications', { candidateId: 999999, positionId: f.positions.lacauneMedecin.id, stage: 'recue', appliedOn: '2024-01-01' }),
        400,
        { candidateId: /inconnu/i },
      );

      // An update to an unknown reference is refused the same way and changes nothing.
      const position = await get(fx, 'positions', f.positions.scvSageFemme.id);
      expectRefusal(await fx.call('PUT', `/api/positions/${position.id}`, { ...position, centreId: 999999 }), 400, { centreId: /inconnu/i });
      expect(await get(fx, 'positions', position.id)).toEqual(position);
    });

    it('unique values answer 400 on the field (same SIREN, FINESS, e-mail, month, application twice)', async () => {
      const members = await total(fx, 'members');
      expectRefusal(await fx.call('POST', '/api/members', member({ name: 'Doublon', siren: '200067940', kind: 'epci', departmentCode: '09' })), 400, { siren: /déjà/ });
      expect(await total(fx, 'members')).toBe(members);
      // The same through an update.
      const fourques = await get(fx, 'members', f.members.fourques.id);
      expectRefusal(await fx.call('PUT', `/api/members/${fourques.id}`, { ...fourques, siren: '200066363' }), 400, { siren: /déjà/ });
      expect(await get(fx, 'members', fourques.id)).toEqual(fourques);

      expectRefusal(await fx.call('POST', '/api/centres', centre({ finess: f.centres.scv.finess })), 400, { finess: /déjà/ });
      expectRefusal(
        await fx.call('POST', '/api/candidates', { firstName: 'É.', lastName: 'Martin', email: 'ELODIE.MARTIN@example.org', profession: 'medecin', source: 'site', consentUntil: '2026-01-01' }),
        400,
        { email: /déjà/ },
      );
      expectRefusal(
        await fx.call('POST', '/api/activities', { centreId: f.centres.scv.id, month: '2023-02', scheduled: 1, unscheduled: 1, homeVisits: 1, outOfHoursShifts: 1, newReferringPatients: 1 }),
        400,
        { month: /déjà/ },
      );
      expectRefusal(
        await fx.call('POST', '/api/applications', { candidateId: f.candidates.elodie.id, positionId: f.positions.scvMedecin.id, stage: 'recue', appliedOn: '2024-01-01' }),
        400,
        { positionId: /déjà/ },
      );
    });

    // ——— update ———

    it('update with the current version answers 200 and increments the version', async () => {
      const before = await get(fx, 'members', f.members.hauteAriege.id);
      const res = await fx.call('PUT', `/api/members/${before.id}`, { ...before, contribution: 16000, contactName: 'Pôle santé' });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toEqual({ ...before, contribution: 16000, contactName: 'Pôle santé', version: before.version + 1 });
      expect(await get(fx, 'members', before.id)).toEqual(res.body);
      // And again from the new version.
      const again = await fx.call('PUT', `/api/members/${before.id}`, { ...res.body, contribution: 17000 });
      expect(again.status).toBe(200);
      expect(again.body.version).toBe(before.version + 2);
    });

    it('update with a stale version answers 409 with a message and leaves the record unchanged', async () => {
      const original = await get(fx, 'members', f.members.beaucaire.id);
      const first = await fx.call('PUT', `/api/members/${original.id}`, { ...original, contribution: 13000 });
      expect(first.status).toBe(200);
      const stale = await fx.call('PUT', `/api/members/${original.id}`, { ...original, name: 'Nom écrasé', contribution: 1 });
      expectRefusal(stale, 409);
      expect(stale.body.message).toMatch(/modifié par quelqu’un d’autre/);
      expect(await get(fx, 'members', original.id)).toEqual(first.body);
      // A version from the future is stale too.
      expectRefusal(await fx.call('PUT', `/api/members/${original.id}`, { ...first.body, version: first.body.version + 5 }), 409);
      expectRefusal(await fx.call('PUT', `/api/members/${original.id}`, { ...first.body, version: 'deux' }), 400, { version: /entier/ });
      expect(await get(fx, 'members', original.id)).toEqual(first.body);
    });

    it('a partial body with its version keeps the other fields', async () => {
      const before = await get(fx, 'centres', f.centres.saintGilles.id);
      const res = await fx.call('PUT', `/api/centres/${before.id}`, { priorityZone: true, version: before.version });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toEqual({ ...before, priorityZone: true, version: before.version + 1 });
      const positions = await get(fx, 'positions', f.positions.saintGillesInfirmier.id);
      // (Publishing is not the example any more: it needs an open position and a complete ad, offers-publish.test.ts.)
      const described = await fx.call('PUT', `/api/positions/${positions.id}`, { description: 'Poste gelé en attente du projet de santé', version: positions.version });
      expect(described.body).toEqual({ ...positions, description: 'Poste gelé en attente du projet de santé', version: positions.version + 1 });
    });

    it('a rejected update changes nothing, version included', async () => {
      const before = await get(fx, 'hires', f.hires.paul.id);
      expectRefusal(await fx.call('PUT', `/api/hires/${before.id}`, { ...before, endOn: '2020-01-01' }), 400, { endOn: /précède/ });
      expectRefusal(await fx.call('PUT', `/api/hires/${before.id}`, { fte: 2, version: before.version }), 400, { fte: /1 ETP/ });
      expect(await get(fx, 'hires', before.id)).toEqual(before);
    });

    it('ignores read-only fields in the body: id, version on create, departmentCode, stageHistory', async () => {
      const created = await fx.call('POST', '/api/members', member({ name: 'Commune de Livinhac-le-Haut', siren: null, departmentCode: '12', id: 424242, version: 9 }));
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      expect(created.body.id).not.toBe(424242);
      expect(created.body.version).toBe(1);
      expect((await fx.call('GET', '/api/members/424242')).status).toBe(404);

      const other = await get(fx, 'centres', f.centres.lacaune.id);
      const before = await get(fx, 'centres', f.centres.cugnaux.id);
      const res = await fx.call('PUT', `/api/centres/${before.id}`, { ...before, id: other.id, departmentCode: '75', address: 'Place de l’Église, 31270 Cugnaux' });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toEqual({ ...before, address: 'Place de l’Église, 31270 Cugnaux', version: before.version + 1 });
      expect(await get(fx, 'centres', other.id)).toEqual(other);

      const application = await get(fx, 'applications', f.applications.jeanLuc.id);
      const forged = await fx.call('PUT', `/api/applications/${application.id}`, { ...application, stageHistory: [{ stage: 'acceptee', on: '2020-01-01' }] });
      expect(forged.status).toBe(200);
      expect(forged.body.stageHistory).toEqual(application.stageHistory);
    });

    it('a stage change appends to stageHistory with the date it was reached', async () => {
      const created = await create(fx.call, 'applications', { candidateId: f.candidates.ines.id, positionId: f.positions.scvSageFemme.id, stage: 'recue', appliedOn: '2024-01-20' });
      expect(created.stageHistory).toEqual([{ stage: 'recue', on: '2024-01-20' }]);
      expect(created.stageOn).toBe('2024-01-20');

      const moved = await fx.call('PUT', `/api/applications/${created.id}`, { ...created, stage: 'preselection', stageOn: '2024-02-01' });
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
      expect(moved.body.stageHistory).toEqual([
        { stage: 'recue', on: '2024-01-20' },
        { stage: 'preselection', on: '2024-02-01' },
      ]);

      // Another field changes, the stage does not: no new step.
      const same = await fx.call('PUT', `/api/applications/${created.id}`, { ...moved.body, appliedOn: '2024-01-19' });
      expect(same.status).toBe(200);
      expect(same.body.stageHistory).toHaveLength(2);

      // The form sends the old stageOn back with a new stage: the step is dated today.
      const today = todayInFrance();
      const interview = await fx.call('PUT', `/api/applications/${created.id}`, { ...same.body, stage: 'entretien' });
      expect(interview.status).toBe(200);
      expect(interview.body.stageOn).toBe(today);
      expect(interview.body.stageHistory.at(-1)).toEqual({ stage: 'entretien', on: today });
      expect(interview.body.stageHistory).toHaveLength(3);

      // A step dated before the application was received is refused on the field.
      expectRefusal(await fx.call('PUT', `/api/applications/${created.id}`, { ...interview.body, stage: 'offre', stageOn: '2023-12-31' }), 400, { stageOn: /précède/ });
      expect((await get(fx, 'applications', created.id)).stageHistory).toHaveLength(3);

      // An application created at a later stage records both steps.
      const later = await create(fx.call, 'applications', { candidateId: f.candidates.ines.id, positionId: f.positions.lacauneMedecin.id, stage: 'entretien', appliedOn: '2024-03-01', stageOn: '2024-03-15' });
      expect(later.stageHistory).toEqual([
        { stage: 'recue', on: '2024-03-01' },
        { stage: 'entretien', on: '2024-03-15' },
      ]);
    });

    it('writes leave an audit trail with before and after', async () => {
      const created = await create(fx.call, 'targets', { year: 2031, professionals: 190, centres: 10 });
      const updated = await fx.call('PUT', `/api/targets/${created.id}`, { ...created, professionals: 200 });
      expect(updated.status).toBe(200);
      expect((await fx.call('DELETE', `/api/targets/${created.id}`)).status).toBe(200);
      const trail = await fx.call('GET', `/api/audit?sort=["id","ASC"]&filter=${encodeURIComponent(JSON.stringify({ resource: 'targets', recordId: created.id }))}`);
      expect(trail.body.map((e: any) => e.action)).toEqual(['create', 'update', 'delete']);
      expect(trail.body[1].before).toMatchObject({ professionals: 190, version: 1 });
      expect(trail.body[1].after).toMatchObject({ professionals: 200, version: 2 });
      expect(trail.body[2].after).toBeNull();
    });

    // ——— delete ———

    it('delete answers 200 with the record, then 404', async () => {
      const target = await create(fx.call, 'targets', { year: 2030, professionals: 200, centres: 10 });
      const res = await fx.call('DELETE', `/api/targets/${target.id}`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual(target);
      expectRefusal(await fx.call('GET', `/api/targets/${target.id}`), 404);
      expectRefusal(await fx.call('DELETE', `/api/targets/${target.id}`), 404);
      expectRefusal(await fx.call('PUT', `/api/targets/${target.id}`, { ...target }), 404);
    });

    it('deleting a record others refer to answers 409 with a message and keeps it', async () => {
      const res = await fx.call('DELETE', `/api/members/${f.members.couserans.id}`);
      expectRefusal(res, 409);
      expect(res.body.message).toMatch(/centres/);
      expect((await get(fx, 'members', f.members.couserans.id)).name).toBe('CC Couserans-Pyrénées');

      const centre = await fx.call('DELETE', `/api/centres/${f.centres.lacaune.id}`);
      expectRefusal(centre, 409);
      expect(centre.body.message).toMatch(/postes|contrats|activité|centres/);
      expect((await get(fx, 'centres', f.centres.lacaune.id)).memberIds).toEqual([f.members.region.id]);
    });

    it('the 409 names what refers to the record as the resource owning those rows calls it', async () => {
      for (const [path, message] of [
        [`/api/members/${f.members.hauteAriege.id}`, 'Suppression impossible : membre est utilisé par des centres.'],
        [`/api/candidates/${f.candidates.jeanLuc.id}`, 'Suppression impossible : candidat·e est utilisé par des candidatures.'],
        [`/api/positions/${f.positions.saintGillesInfirmier.id}`, 'Suppression impossible : poste est utilisé par des candidatures.'],
      ]) {
        const res = await fx.call('DELETE', path);
        expectRefusal(res, 409);
        expect(res.body.message, path).toBe(message);
      }
    });

    it('a contract is ended, never deleted: DELETE on a hire answers 405 and keeps it', async () => {
      const res = await fx.call('DELETE', `/api/hires/${f.hires.elodie.id}`);
      expectRefusal(res, 405);
      expect(res.body.message).toMatch(/date de fin/);
      expect((await get(fx, 'hires', f.hires.elodie.id)).lastName).toBe('Martin');
    });

    it('the audit log cannot be written: POST, PUT, PATCH, DELETE answer 405', async () => {
      const entries = await total(fx, 'audit');
      const [entry] = (await fx.call('GET', '/api/audit?range=[0,0]')).body;
      for (const [method, path] of [
        ['POST', '/api/audit'],
        ['PUT', `/api/audit/${entry.id}`],
        ['PATCH', `/api/audit/${entry.id}`],
        ['DELETE', `/api/audit/${entry.id}`],
      ] as const) {
        const res = await fx.call(method, path, method === 'DELETE' ? undefined : { action: 'create', resource: 'members' });
        expectRefusal(res, 405);
        expect(res.body.message).toMatch(/journal/);
        expect(res.headers.get('allow')).toBe('GET');
      }
      expect(await get(fx, 'audit', entry.id)).toEqual(entry);
      expect(await total(fx, 'audit')).toBe(entries);
    });

    it('PATCH on a record, POST on a record, PUT or DELETE on a list answer 405 with the methods allowed, and change nothing', async () => {
      const id = f.members.region.id;
      const before = await get(fx, 'members', id);
      for (const [method, path, allow] of [
        ['PATCH', `/api/members/${id}`, 'GET, PUT, DELETE'],
        ['POST', `/api/members/${id}`, 'GET, PUT, DELETE'],
        ['PUT', '/api/members', 'GET, POST'],
        ['DELETE', '/api/members', 'GET, POST'],
      ] as const) {
        const res = await fx.call(method, path, method === 'DELETE' ? undefined : { name: 'Renommé par PATCH', version: before.version });
        expectRefusal(res, 405);
        expect(res.headers.get('allow'), `${method} ${path}`).toBe(allow);
        expect(res.body.message).toContain(method);
      }
      expect(await get(fx, 'members', id)).toEqual(before);
    });

    // ——— bad requests ———

    it('a malformed JSON body, an array, null or a string answer 400 and write nothing', async () => {
      const before = await total(fx, 'members');
      const raw = async (method: string, path: string, body: string) => {
        const headers = { 'content-type': 'application/json', cookie: fx.cookie!, 'x-csrf-token': fx.csrfToken! };
        const res = await fx.app.request(path, { method, headers, body });
        return { status: res.status, body: await res.json(), headers: res.headers };
      };
      for (const body of ['{"name": "Région', '', 'null', '[{"name":"x"}]', '"Région"', '42'])
        expectRefusal(await raw('POST', '/api/members', body), 400);
      expectRefusal(await raw('PUT', `/api/members/${f.members.region.id}`, '[]'), 400);
      expectRefusal(await raw('PUT', `/api/members/${f.members.region.id}`, '{oops}'), 400);
      expect(await total(fx, 'members')).toBe(before);
      expect((await get(fx, 'members', f.members.region.id)).version).toBe(1);
    });

    it('a body over 1 MiB answers 413 and writes nothing', async () => {
      const before = await total(fx, 'members');
      const big = JSON.stringify(member({ name: 'x', contactName: 'a'.repeat(MAX_BODY_BYTES) }));
      const res = await fx.call('POST', '/api/members', big);
      expectRefusal(res, 413);
      expect(res.body.message).toMatch(/volumineuse/);
      expect(await total(fx, 'members')).toBe(before);
      // With a Content-Length header, as browsers send it.
      const declared = await fx.app.request('/api/members', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(big)) },
        body: big,
      });
      expect(declared.status).toBe(413);
      // Just under the limit is not refused for its size (it is for its content).
      const fits = await fx.call('POST', '/api/members', JSON.stringify(member({ siren: null, contactName: 'a'.repeat(5000) })));
      expectRefusal(fits, 400, { contactName: /200 caractères/ });
    });

    it('ids that are not positive integers of the database answer 404 with a message', async () => {
      for (const id of ['abc', '-1', '1.5', '0', '99999999999', '1e3', '%20', '1;drop'])
        for (const method of ['GET', 'PUT', 'DELETE']) {
          const res = await fx.call(method, `/api/members/${id}`, method === 'PUT' ? { name: 'x' } : undefined);
          expectRefusal(res, 404);
          expect(res.body.message).toMatch(/inconnu|introuvable/);
        }
      expectRefusal(await fx.call('GET', '/api/members/999999'), 404);
      expect((await fx.call('GET', '/api/members/999999')).body.message).toMatch(/Membre n° 999999 introuvable/);
    });

    it('an unknown route answers 404 in JSON', async () => {
      for (const [method, path] of [
        ['GET', '/api/patients'],
        ['POST', '/api/patients'],
        ['GET', '/api/members/1/centres'],
        ['GET', '/api/'],
      ] as const) {
        const res = await fx.call(method, path, method === 'GET' ? undefined : {});
        expectRefusal(res, 404);
        expect(res.body.message).toMatch(/Route inconnue/);
      }
    });
  },
  async (fx) => {
    f = await insertFixtures(fx.call);
  },
);
