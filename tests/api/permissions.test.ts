import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/enums';
import { resources, type ResourceName } from '../../src/domain/resources';
import { describeEachDatabase, TEST_ADMIN, type Client } from '../support/database';
import { documentForm } from '../support/files';

/**
 * The permission matrix: every role × resource × action × (own / other record), against the running API.
 * Expectations are written by hand from DESIGN.md's table, and the policy table the server uses is
 * checked against them first, so that a wrong policy cannot pass by agreeing with itself.
 *
 * Letters: C create, R read all, r read only what is attached to one's member, U update, D delete.
 */
const EXPECTED: Record<ResourceName, Record<Role, string>> = {
  members: { admin: 'CRUD', region: 'CRUD', hr: 'R', member: 'r' },
  centres: { admin: 'CRUD', region: 'CRUD', hr: 'R', member: 'r' },
  positions: { admin: 'CRUD', region: 'R', hr: 'CRUD', member: 'r' },
  candidates: { admin: 'CRUD', region: '', hr: 'CRUD', member: '' },
  applications: { admin: 'CRUD', region: '', hr: 'CRUD', member: '' },
  documents: { admin: 'CRUD', region: '', hr: 'CRUD', member: '' },
  hires: { admin: 'CRU', region: 'R', hr: 'CRU', member: 'r' },
  activities: { admin: 'CRUD', region: 'CRUD', hr: 'R', member: 'r' },
  targets: { admin: 'CRUD', region: 'CRUD', hr: 'R', member: 'R' },
  users: { admin: 'CRUD', region: '', hr: '', member: '' },
  audit: { admin: 'R', region: 'R', hr: '', member: '' },
  interviews: { admin: 'CRUD', region: '', hr: 'CRUD', member: '' },
  // Authored records (notes/interview-feedback' `author`): the matrix's records are the administrator's, which hr reads but may not change.
  'interview-feedback': { admin: 'CRUD', region: '', hr: 'CR', member: '' },
  notes: { admin: 'CRUD', region: '', hr: 'CR', member: '' },
  emails: { admin: 'CR', region: '', hr: 'CR', member: '' },
  'email-templates': { admin: 'RU', region: '', hr: 'RU', member: '' },
};
const ROLES: Role[] = ['admin', 'region', 'hr', 'member'];

/**
 * The audit log's `before`/`after` per reader (issue 13, point 1), by hand from DESIGN.md: an entry's
 * content goes only to who may read its record; sign-ins (`auth`) are withheld like accounts. `shown`
 * or `withheld`; hr and member may not read the log at all (the matrix above).
 */
const AUDIT_CONTENT: Record<'admin' | 'region', Record<Exclude<ResourceName, 'audit'> | 'auth', 'shown' | 'withheld'>> = {
  admin: { members: 'shown', centres: 'shown', positions: 'shown', candidates: 'shown', applications: 'shown', documents: 'shown', hires: 'shown', activities: 'shown', targets: 'shown', users: 'shown', auth: 'shown',
    interviews: 'shown', 'interview-feedback': 'shown', notes: 'shown', emails: 'shown', 'email-templates': 'shown' },
  region: { members: 'shown', centres: 'shown', positions: 'shown', candidates: 'withheld', applications: 'withheld', documents: 'withheld', hires: 'shown', activities: 'shown', targets: 'shown', users: 'withheld', auth: 'withheld',
    interviews: 'withheld', 'interview-feedback': 'withheld', notes: 'withheld', emails: 'withheld', 'email-templates': 'withheld' },
};

function lettersOf(name: ResourceName, role: Role) {
  const resource = resources.find((r) => r.name === name)!;
  const p = resource.policy[role];
  // Only the author changes an authored record; the matrix's records are all written by the administrator.
  const authorOnly = 'author' in resource && !!resource.author && role !== 'admin';
  const deleteAllowed = p.delete === 'all' && !resource.deleteRefusal && !authorOnly;
  const writes = name === 'audit' ? '' : `${p.create === 'all' ? 'C' : ''}`;
  const read = p.read === 'all' ? 'R' : p.read === 'scoped' ? 'r' : '';
  return `${writes}${read}${name !== 'audit' && p.update === 'all' && !authorOnly ? 'U' : ''}${name !== 'audit' && deleteAllowed ? 'D' : ''}`;
}

describe('the policy table of src/domain', () => {
  it('matches the hand-written expectations of DESIGN.md, cell by cell', () => {
    for (const r of resources) for (const role of ROLES) expect(`${r.name}/${role}:${lettersOf(r.name, role)}`).toBe(`${r.name}/${role}:${EXPECTED[r.name][role]}`);
  });
});

/** Records that belong to member A (the member account's own) and to member B (someone else's). */
const own: Record<string, number> = {};
const other: Record<string, number> = {};
let serial = 0;
/** Target years must stay within 2022–2100 and be unique per database. */
let targetSerial = 0;
/** The hr account's id (an interview's panel). */
let hrId = 0;

/** A valid new record of each resource, unique on every call (created as admin when it needs a helper record). */
async function payload(name: ResourceName, admin: Client): Promise<Record<string, unknown> | FormData> {
  const n = ++serial;
  switch (name) {
    case 'members':
      return { name: `Commune d’essai ${n}`, college: 3, kind: 'commune', departmentCode: '09', joinedOn: '2024-01-01', status: 'actif' };
    case 'centres':
      return { name: `Centre d’essai ${n}`, communeCode: '09257', status: 'projet', memberIds: [own.members] };
    case 'positions':
      return { centreId: own.centres, profession: 'medecin', fte: 1, status: 'ouvert', openedOn: '2024-01-01' };
    case 'candidates':
      return { firstName: 'Camille', lastName: `Essai ${n}`, email: `essai${n}@exemple.fr`, profession: 'medecin', source: 'site', consentUntil: '2028-01-01' };
    case 'applications': {
      const candidate = await admin.call('POST', '/api/candidates', await payload('candidates', admin));
      return { candidateId: candidate.body.id, positionId: own.positions, stage: 'recue', appliedOn: '2024-02-01' };
    }
    case 'documents':
      return documentForm(own.candidates);
    case 'hires':
      return { firstName: 'Dominique', lastName: `Essai ${n}`, profession: 'secretaire', centreId: own.centres, contract: 'cdi', fte: 1, startOn: '2024-01-01' };
    case 'activities':
      return { centreId: own.centres, month: `${1900 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`, scheduled: 1, unscheduled: 0, homeVisits: 0, outOfHoursShifts: 0, newReferringPatients: 0 };
    case 'targets':
      return { year: 2031 + (targetSerial++ % 69), professionals: 1, centres: 1 };
    case 'users':
      return { email: `compte${n}@exemple.fr`, name: `Compte ${n}`, role: 'hr' };
    case 'audit':
      return { action: 'create', resource: 'members' };
    case 'interviews':
      return { applicationId: own.applications, startsAt: '2026-12-10T14:30:00+01:00', durationMinutes: 60, location: `Salle ${n}`, panelUserIds: [], status: 'prevu' };
    case 'interview-feedback': {
      // On a new interview whose panel holds the administrator and the hr account: either may write it.
      const interview = await admin.call('POST', '/api/interviews', { ...(await payload('interviews', admin)), panelUserIds: [admin.identity!.id, hrId] });
      return { interviewId: interview.body.id, rating: 4, comment: `Avis ${n}` };
    }
    case 'notes':
      return { candidateId: own.candidates, body: `Note ${n}` };
    case 'emails':
      return { event: 'refus', applicationId: own.applications, subject: `Votre candidature ${n}`, body: 'Bonjour {{prenom}},\n\nMerci.' };
    case 'email-templates':
      return { event: 'refus', subject: `Modèle ${n}`, body: 'Bonjour' };
  }
}

const DENIED = [403, 405];
const total = (reply: { headers: Headers }) => Number(reply.headers.get('content-range')?.split('/')[1]);
const ids = (reply: { body: { id: number }[] }) => reply.body.map((r) => r.id);

describeEachDatabase(
  'permission matrix (role × resource × action × own/other)',
  (fx) => {
    const clients = {} as Record<Role, Client>;
    const accounts: Record<Role, string> = { admin: TEST_ADMIN, region: 'region@essai.test', hr: 'rh@essai.test', member: 'membre@essai.test' };

    for (const role of ROLES)
      for (const resource of resources) {
        const name = resource.name;
        const letters = EXPECTED[name][role];
        const base = `/api/${name}`;

        it(`${role} × ${name}: read (${/R/.test(letters) ? 'all' : /r/.test(letters) ? 'own only' : 'refused'})`, async () => {
          clients[role] ??= await fx.as(accounts[role]);
          const c = clients[role];
          const both = encodeURIComponent(JSON.stringify({ id: [own[name], other[name]] }));
          const list = await c.call('GET', `${base}?range=[0,999]`);
          const many = await c.call('GET', `${base}?filter=${both}`);
          const getOwn = await c.call('GET', `${base}/${own[name]}`);
          const getOther = await c.call('GET', `${base}/${other[name]}`);
          if (/R/.test(letters)) {
            expect(list.status).toBe(200);
            expect(new Set(ids(many))).toEqual(new Set([own[name], other[name]]));
            expect([getOwn.status, getOther.status]).toEqual([200, 200]);
          } else if (/r/.test(letters)) {
            expect(list.status).toBe(200);
            expect(ids(list)).toContain(own[name]);
            expect(ids(list)).not.toContain(other[name]);
            expect(total(list)).toBe(list.body.length);
            expect(ids(many)).toEqual([own[name]]);
            expect([getOwn.status, getOther.status]).toEqual([200, 404]);
          } else {
            expect([list.status, many.status, getOwn.status, getOther.status]).toEqual([403, 403, 403, 403]);
          }
        });

        it(`${role} × ${name}: create ${letters.includes('C') ? 'allowed' : 'refused, nothing written'}`, async () => {
          clients[role] ??= await fx.as(accounts[role]);
          const before = total(await fx.call('GET', `${base}?range=[0,0]`));
          const reply = await clients[role].call('POST', base, await payload(name, fx));
          const after = total(await fx.call('GET', `${base}?range=[0,0]`));
          if (letters.includes('C')) {
            expect(reply.status).toBe(201);
            expect(after).toBe(before + 1);
          } else {
            expect(DENIED).toContain(reply.status);
            expect(reply.body.message).toBeTruthy();
            expect(after).toBe(before);
          }
        });

        it(`${role} × ${name}: update ${letters.includes('U') ? 'allowed' : 'refused, nothing changed'}`, async () => {
          clients[role] ??= await fx.as(accounts[role]);
          const current = await fx.call('GET', `${base}/${own[name]}`);
          const reply = await clients[role].call('PUT', `${base}/${own[name]}`, { version: current.body.version });
          const after = await fx.call('GET', `${base}/${own[name]}`);
          if (letters.includes('U')) {
            expect(reply.status).toBe(200);
            expect(after.body.version).toBe(current.body.version + 1);
          } else {
            expect(DENIED).toContain(reply.status);
            expect(after.body).toEqual(current.body);
          }
        });

        it(`${role} × ${name}: delete ${letters.includes('D') ? 'allowed' : 'refused, record kept'}`, async () => {
          clients[role] ??= await fx.as(accounts[role]);
          const id = name === 'audit' || name === 'email-templates' ? own[name] : (await fx.call('POST', base, await payload(name, fx))).body.id;
          const reply = await clients[role].call('DELETE', `${base}/${id}`);
          const after = await fx.call('GET', `${base}/${id}`);
          if (letters.includes('D')) {
            expect(reply.status).toBe(200);
            expect(after.status).toBe(404);
          } else {
            expect(DENIED).toContain(reply.status);
            expect(after.status).toBe(200);
          }
        });
      }

    for (const reader of ['admin', 'region'] as const)
      for (const [subject, expected] of Object.entries(AUDIT_CONTENT[reader]))
        it(`${reader} × audit of ${subject}: before/after ${expected} (list, entry, getMany)`, async () => {
          clients[reader] ??= await fx.as(accounts[reader]);
          const c = clients[reader];
          if (subject === 'users') await fx.call('POST', '/api/users', await payload('users', fx));
          const filter = encodeURIComponent(JSON.stringify({ resource: subject, action: subject === 'auth' ? ['login', 'login_failed', 'logout'] : ['create', 'update', 'delete'] }));
          const list = await c.call('GET', `/api/audit?filter=${filter}&range=[0,999]`);
          expect(list.status).toBe(200);
          expect(list.body.length).toBeGreaterThan(0);
          const one = await c.call('GET', `/api/audit/${list.body[0].id}`);
          const many = await c.call('GET', `/api/audit?filter=${encodeURIComponent(JSON.stringify({ id: ids(list) }))}`);
          for (const e of [...list.body, one.body, ...many.body])
            if (expected === 'shown') {
              expect(e.withheld).toBe(false);
              if (subject !== 'auth') expect(e.before ?? e.after).toEqual(expect.any(Object));
            } else expect(e).toMatchObject({ withheld: true, before: null, after: null, recordLabel: null });
        });

    it('records every refusal in the audit trail', async () => {
      const denied = await fx.call('GET', `/api/audit?filter=${encodeURIComponent(JSON.stringify({ action: 'denied' }))}&range=[0,999]`);
      expect(denied.status).toBe(200);
      expect(denied.body.length).toBeGreaterThan(20);
      expect(denied.body[0]).toMatchObject({ action: 'denied', userId: expect.any(Number) });
    });
  },
  async (fx) => {
    const post = async (path: string, body: unknown) => {
      const reply = await fx.call('POST', path, body);
      if (reply.status !== 201) throw new Error(`${path}: ${reply.status} ${JSON.stringify(reply.body)}`);
      return reply.body.id as number;
    };
    own.members = await post('/api/members', { name: 'CC de la Haute Ariège', college: 3, kind: 'epci', siren: '200066363', departmentCode: '09', joinedOn: '2022-06-17', status: 'actif' });
    other.members = await post('/api/members', { name: 'CC Couserans-Pyrénées', college: 3, kind: 'epci', siren: '200067940', departmentCode: '09', joinedOn: '2022-06-17', status: 'actif' });
    own.centres = await post('/api/centres', { name: 'Centre A', communeCode: '09257', status: 'ouvert', openedOn: '2022-07-01', memberIds: [own.members] });
    other.centres = await post('/api/centres', { name: 'Centre B', communeCode: '09100', status: 'ouvert', openedOn: '2023-01-01', memberIds: [other.members] });
    own.positions = await post('/api/positions', { centreId: own.centres, profession: 'medecin', fte: 1, status: 'ouvert', openedOn: '2024-01-01' });
    other.positions = await post('/api/positions', { centreId: other.centres, profession: 'medecin', fte: 1, status: 'ouvert', openedOn: '2024-01-01' });
    own.candidates = other.candidates = await post('/api/candidates', { firstName: 'Alex', lastName: 'Martin', email: 'alex.martin@exemple.fr', profession: 'medecin', source: 'forum', consentUntil: '2028-01-01' });
    own.applications = other.applications = await post('/api/applications', { candidateId: own.candidates, positionId: own.positions, stage: 'entretien', appliedOn: '2024-01-10', stageOn: '2024-02-01' });
    own.documents = other.documents = await post('/api/documents', documentForm(own.candidates));
    own.hires = await post('/api/hires', { firstName: 'Claude', lastName: 'Durand', profession: 'secretaire', centreId: own.centres, contract: 'cdi', fte: 1, startOn: '2023-01-01' });
    other.hires = await post('/api/hires', { firstName: 'Sacha', lastName: 'Petit', profession: 'secretaire', centreId: other.centres, contract: 'cdi', fte: 0.5, startOn: '2023-03-01' });
    own.activities = await post('/api/activities', { centreId: own.centres, month: '2024-01', scheduled: 900, unscheduled: 100, homeVisits: 20, outOfHoursShifts: 3, newReferringPatients: 40 });
    other.activities = await post('/api/activities', { centreId: other.centres, month: '2024-01', scheduled: 700, unscheduled: 80, homeVisits: 10, outOfHoursShifts: 2, newReferringPatients: 30 });
    own.targets = other.targets = await post('/api/targets', { year: 2030, professionals: 190, centres: 10 });
    await fx.createUser('region@essai.test', 'region');
    hrId = await fx.createUser('rh@essai.test', 'hr');
    own.users = other.users = await fx.createUser('membre@essai.test', 'member', own.members);
    own.interviews = other.interviews = await post('/api/interviews', await payload('interviews', fx));
    own['interview-feedback'] = other['interview-feedback'] = await post('/api/interview-feedback', await payload('interview-feedback', fx));
    own.notes = other.notes = await post('/api/notes', await payload('notes', fx));
    own.emails = other.emails = await post('/api/emails', { event: 'refus', applicationId: own.applications, subject: 'Votre candidature', body: 'Bonjour {{prenom}}' });
    own['email-templates'] = other['email-templates'] = (await fx.call('GET', '/api/email-templates?range=[0,0]')).body[0].id;
    const audit = await fx.call('GET', '/api/audit?range=[0,1]');
    own.audit = other.audit = audit.body[0].id;
  },
);
