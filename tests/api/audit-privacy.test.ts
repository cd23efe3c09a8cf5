import { expect, it } from 'vitest';
import type { ApiRecord } from '../../src/server/rest/bindings';
import { bindings } from '../../src/server/rest/bindings';
import { describeEachDatabase, type Client } from '../support/database';
import { rpps } from './fixtures';

/**
 * Issue 13, point 1: an audit entry's `before`/`after` go only to a reader who may read the entry's
 * record (its resource's policy, and its scope for a scoped reader); others get the entry with both
 * null and `withheld: true`. Sign-in entries are withheld like accounts. In lists, single entries and
 * getMany; no filter, sort or search reaches the content; an erased candidate leaves nothing readable.
 */
const CANDIDATE = {
  firstName: 'Séraphine',
  lastName: 'Confidentielle',
  email: 'seraphine.confidentielle@exemple.fr',
  phone: '06 12 34 56 78',
  rpps: rpps('1009876543'),
  notes: 'Disponible après son congé parental',
  profession: 'medecin',
  source: 'site',
  consentUntil: '2028-01-01',
};
/** What of the candidate must appear nowhere in the Région's answers. */
const SECRETS = [/seraphine/i, /confidentielle/i, /12 34 56/, /0612345678/, new RegExp(CANDIDATE.rpps), /congé parental/];

const q = (o: unknown) => encodeURIComponent(JSON.stringify(o));
const log = (c: Client, filter: object = {}) => c.call('GET', `/api/audit?filter=${q(filter)}&sort=${q(['id', 'ASC'])}&range=[0,999]`);

let region: Client;
let hr: Client;
const ids: Record<string, number> = {};

describeEachDatabase(
  'audit log: content shown only to those who may read the record',
  (fx) => {
    it('the Région gets candidates’, applications’, accounts’ and sign-ins’ entries without their content', async () => {
      for (const resource of ['candidates', 'applications', 'users', 'auth']) {
        const reply = await log(region, { resource });
        expect(reply.status).toBe(200);
        expect(reply.body.length, resource).toBeGreaterThan(0);
        for (const e of reply.body) {
          expect(e, resource).toMatchObject({ resource, before: null, after: null, withheld: true, recordLabel: null });
          expect(e.userName, resource).toEqual(expect.any(String));
        }
      }
      // The same entries, one by one and by ids (getMany).
      const candidates = (await log(region, { resource: 'candidates' })).body as ApiRecord[];
      for (const e of candidates) expect((await region.call('GET', `/api/audit/${e.id}`)).body).toMatchObject({ before: null, after: null, withheld: true });
      const many = await region.call('GET', `/api/audit?filter=${q({ id: candidates.map((e) => e.id) })}`);
      expect(many.body).toHaveLength(candidates.length);
      for (const e of many.body) expect(e).toMatchObject({ before: null, after: null, withheld: true });
    });

    it('an erased candidate: nothing of it anywhere in the log the Région reads (list, entries, getMany)', async () => {
      const whole = await log(region);
      expect(whole.status).toBe(200);
      const everything = [JSON.stringify(whole.body)];
      for (const e of whole.body as ApiRecord[]) if (e.resource === 'candidates') everything.push(JSON.stringify((await region.call('GET', `/api/audit/${e.id}`)).body));
      everything.push(JSON.stringify((await region.call('GET', `/api/audit?filter=${q({ id: (whole.body as ApiRecord[]).map((e) => e.id) })}`)).body));
      for (const text of everything) for (const secret of SECRETS) expect(text).not.toMatch(secret);
      // The deletion itself is there: who, what, when, which record number.
      expect(whole.body).toContainEqual(expect.objectContaining({ action: 'delete', resource: 'candidates', recordId: ids.candidate, withheld: true }));
    });

    it('the Région sees the content of what it may read, with the record’s name and who acted', async () => {
      const centres = (await log(region, { resource: 'centres', recordId: ids.centre })).body;
      expect(centres.map((e: ApiRecord) => e.action)).toEqual(['create', 'update']);
      expect(centres[1]).toMatchObject({
        withheld: false,
        recordLabel: 'Centre de santé de Lacaune',
        userName: expect.any(String),
        before: { name: 'Centre de santé de Lacaune', priorityZone: false },
        after: { priorityZone: true },
      });
      const hires = (await log(region, { resource: 'hires' })).body;
      expect(hires[0]).toMatchObject({ withheld: false, recordLabel: 'Claude Durand', after: { lastName: 'Durand' } });
    });

    it('a statistic’s refusal (no personal data: the refused action) keeps its content for the Région', async () => {
      const refusals = (await log(region, { resource: 'stats/funnel', action: 'denied' })).body;
      expect(refusals.length).toBeGreaterThan(0);
      expect(refusals[0]).toMatchObject({ withheld: false, after: { action: 'read' }, userName: 'membre' });
    });

    it('an administrator sees every entry’s content', async () => {
      const candidates = (await log(fx, { resource: 'candidates', recordId: ids.candidate })).body;
      expect(candidates.map((e: ApiRecord) => e.action)).toEqual(['create', 'update', 'delete']);
      expect(candidates[0]).toMatchObject({ withheld: false, recordLabel: 'Séraphine Confidentielle', after: { email: CANDIDATE.email, rpps: CANDIDATE.rpps } });
      const failed = (await log(fx, { action: 'login_failed' })).body;
      expect(failed[0]).toMatchObject({ withheld: false, after: { email: 'region@essai.test' } });
    });

    it('no filter, sort or search reaches the content: 400, or the same answer whatever the content', async () => {
      for (const filter of [{ before: { email: CANDIDATE.email } }, { after: CANDIDATE.email }, { 'after.email': CANDIDATE.email }, { after_gte: 'a' }, { withheld: true }, { recordLabel: 'Séraphine' }, { userName: 'x' }])
        expect((await region.call('GET', `/api/audit?filter=${q(filter)}`)).status, JSON.stringify(filter)).toBe(400);
      for (const field of ['before', 'after', 'recordLabel', 'userName', 'withheld'])
        expect((await region.call('GET', `/api/audit?sort=${q([field, 'ASC'])}`)).status, field).toBe(400);
      const total = (r: { headers: Headers }) => r.headers.get('content-range');
      const plain = await region.call('GET', `/api/audit?filter=${q({ resource: 'candidates' })}&range=[0,0]`);
      for (const search of [CANDIDATE.email, 'Confidentielle', 'rien de tel'])
        expect(total(await region.call('GET', `/api/audit?filter=${q({ resource: 'candidates', q: search })}&range=[0,0]`)), search).toBe(total(plain));
    });

    it('a scoped reader (the rule is general) sees the content of the records in its scope only', async () => {
      const entries = (await log(fx, { resource: 'centres' })).body as ApiRecord[];
      const reader = { id: 0, email: 'x@essai.test', name: 'Lecteur', role: 'member' as const, memberId: ids.member };
      await bindings.audit.present!(fx.database.db, entries, reader);
      const own = entries.filter((e) => e.recordId === ids.centre);
      const others = entries.filter((e) => e.recordId !== ids.centre);
      expect(own.length).toBeGreaterThan(0);
      expect(others.length).toBeGreaterThan(0);
      for (const e of own) expect(e).toMatchObject({ withheld: false, recordLabel: 'Centre de santé de Lacaune' });
      for (const e of others) expect(e).toMatchObject({ withheld: true, before: null, after: null });
    });
  },
  async (fx) => {
    const post = async (c: Client, path: string, body: unknown) => {
      const reply = await c.call('POST', path, body);
      if (reply.status !== 201) throw new Error(`${path}: ${reply.status} ${JSON.stringify(reply.body)}`);
      return reply.body;
    };
    await fx.createUser('region@essai.test', 'region');
    await fx.createUser('rh@essai.test', 'hr');
    region = await fx.as('region@essai.test');
    hr = await fx.as('rh@essai.test');
    // A failed sign-in on the Région's account (its address is recorded: it names an account).
    await fx.anonymous.call('POST', '/api/auth/login', { email: 'region@essai.test', password: 'pas le bon mot de passe' });

    const member = await post(fx, '/api/members', { name: 'Communauté de communes des Monts de Lacaune', college: 3, kind: 'epci', departmentCode: '81', joinedOn: '2022-06-17', status: 'actif' });
    const other = await post(fx, '/api/members', { name: 'Commune de Brassac', college: 3, kind: 'commune', departmentCode: '81', joinedOn: '2022-06-17', status: 'actif' });
    ids.member = member.id;
    const centre = await post(fx, '/api/centres', { name: 'Centre de santé de Lacaune', communeCode: '81124', status: 'ouvert', openedOn: '2022-07-01', memberIds: [member.id] });
    ids.centre = centre.id;
    expect((await fx.call('PUT', `/api/centres/${centre.id}`, { ...centre, priorityZone: true })).status).toBe(200);
    await post(fx, '/api/centres', { name: 'Centre de santé de Brassac', communeCode: '81038', status: 'projet', memberIds: [other.id] });
    await post(fx, '/api/hires', { firstName: 'Claude', lastName: 'Durand', profession: 'secretaire', centreId: centre.id, contract: 'cdi', fte: 1, startOn: '2023-01-01' });
    const position = await post(fx, '/api/positions', { centreId: centre.id, profession: 'medecin', fte: 1, status: 'ouvert', openedOn: '2024-01-01' });

    // HR records a candidate, changes it, applies it to a position, then erases both.
    const candidate = await post(hr, '/api/candidates', CANDIDATE);
    ids.candidate = candidate.id;
    expect((await hr.call('PUT', `/api/candidates/${candidate.id}`, { ...candidate, notes: `${CANDIDATE.notes} (rappelée)` })).status).toBe(200);
    const application = await post(hr, '/api/applications', { candidateId: candidate.id, positionId: position.id, stage: 'recue', appliedOn: '2024-02-01' });
    expect((await hr.call('DELETE', `/api/applications/${application.id}`)).status).toBe(200);
    expect((await hr.call('DELETE', `/api/candidates/${candidate.id}`)).status).toBe(200);
    await post(fx, '/api/users', { email: 'compte.prive@essai.test', name: 'Compte Privé', role: 'hr' });
    // A member account refused the recruitment funnel: a `stats/funnel` refusal in the log.
    await fx.createUser('membre@essai.test', 'member', member.id);
    expect((await (await fx.as('membre@essai.test')).call('GET', '/api/stats/funnel')).status).toBe(403);
  },
);
