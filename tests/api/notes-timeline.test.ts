import { expect, it } from 'vitest';
import { NOTE_OTHER_CANDIDATE } from '../../src/domain/resources/notes';
import { storeDocument } from '../../src/server/files/store';
import { describeEachDatabase, type Client } from '../support/database';
import { sampleFiles } from '../support/files';

const ids = { hr: 0, admin: 0, camille: 0, sacha: 0, camilleApp: 0, camilleApp2: 0, sachaApp: 0 };
const clients = {} as Record<'hr' | 'region' | 'member', Client>;

describeEachDatabase(
  'notes and the candidate timeline',
  (fx) => {
    it('a note’s author is the signed-in account, never the client’s; multi-line bodies up to 4000 characters', async () => {
      const reply = await clients.hr.call('POST', '/api/notes', { candidateId: ids.camille, body: 'Appel le 10/12.\nDisponible en mars.', authorId: ids.admin });
      expect(reply.status).toBe(201);
      expect(reply.body).toMatchObject({ candidateId: ids.camille, applicationId: null, authorId: ids.hr, body: 'Appel le 10/12.\nDisponible en mars.' });
      expect(reply.body.createdAt).toBeTruthy();
      for (const [body, message] of [['', 'Obligatoire'], ['x'.repeat(4001), '4000 caractères au plus'], ['a\u202Eb', /invisible/]] as const) {
        const refused = await clients.hr.call('POST', '/api/notes', { candidateId: ids.camille, body });
        expect(refused.status).toBe(400);
        expect(refused.body.errors.body).toMatch(message);
      }
      expect((await clients.hr.call('POST', '/api/notes', { candidateId: ids.camille, body: 'x'.repeat(4000) })).status).toBe(201);
    });

    it('refuses an application of another candidate, or an unknown one, on the note’s applicationId (nothing written)', async () => {
      const before = (await fx.call('GET', `/api/notes?filter=${encodeURIComponent(JSON.stringify({ candidateId: ids.camille }))}`)).body.length;
      const other = await clients.hr.call('POST', '/api/notes', { candidateId: ids.camille, applicationId: ids.sachaApp, body: 'Mauvaise fiche' });
      expect(other.status).toBe(400);
      expect(other.body.errors.applicationId).toBe(NOTE_OTHER_CANDIDATE);
      const unknown = await clients.hr.call('POST', '/api/notes', { candidateId: ids.camille, applicationId: 999_999, body: 'Inconnue' });
      expect(unknown.status).toBe(400);
      expect(unknown.body.errors.applicationId).toBe('Candidature inconnue');
      const unknownCandidate = await clients.hr.call('POST', '/api/notes', { candidateId: 999_999, body: 'Personne' });
      expect(unknownCandidate.status).toBe(400);
      expect((await fx.call('GET', `/api/notes?filter=${encodeURIComponent(JSON.stringify({ candidateId: ids.camille }))}`)).body.length).toBe(before);
      const own = await clients.hr.call('POST', '/api/notes', { candidateId: ids.camille, applicationId: ids.camilleApp, body: 'Sur la candidature' });
      expect(own.status).toBe(201);
      // Moving an existing note onto someone else's application is refused too.
      const moved = await clients.hr.call('PUT', `/api/notes/${own.body.id}`, { ...own.body, applicationId: ids.sachaApp });
      expect(moved.status).toBe(400);
      expect(moved.body.errors.applicationId).toBe(NOTE_OTHER_CANDIDATE);
    });

    it('only the author edits or deletes a note (audited, the refusals too); region and members are refused', async () => {
      const note = (await clients.hr.call('POST', '/api/notes', { candidateId: ids.camille, body: 'À rappeler' })).body;
      const byAdmin = await fx.call('PUT', `/api/notes/${note.id}`, { ...note, body: 'Réécrite par un autre' });
      expect(byAdmin.status).toBe(403);
      expect(byAdmin.body.message).toMatch(/auteur·e de cette note/);
      expect((await fx.call('DELETE', `/api/notes/${note.id}`)).status).toBe(403);
      expect((await fx.call('GET', `/api/notes/${note.id}`)).body).toEqual(note);
      const edited = await clients.hr.call('PUT', `/api/notes/${note.id}`, { ...note, body: 'Rappelée le 11/12', authorId: ids.admin });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ body: 'Rappelée le 11/12', authorId: ids.hr, version: 2 });
      expect((await clients.hr.call('DELETE', `/api/notes/${note.id}`)).status).toBe(200);
      const audit = await fx.call('GET', `/api/audit?filter=${encodeURIComponent(JSON.stringify({ resource: 'notes', recordId: note.id }))}`);
      expect(audit.body.map((e: { action: string }) => e.action).sort()).toEqual(['create', 'delete', 'denied', 'denied', 'update']);
      for (const who of ['region', 'member'] as const) {
        expect((await clients[who].call('GET', '/api/notes')).status).toBe(403);
        expect((await clients[who].call('POST', '/api/notes', { candidateId: ids.camille, body: 'Non' })).status).toBe(403);
      }
    });

    it('the timeline: stage changes, notes, interviews, documents and e-mails of the candidate only, newest first, never a file’s bytes', async () => {
      const note = (await clients.hr.call('POST', '/api/notes', { candidateId: ids.sacha, applicationId: ids.sachaApp, body: 'Premier contact' })).body;
      const interview = (
        await fx.call('POST', '/api/interviews', { applicationId: ids.sachaApp, startsAt: '2026-12-10T14:30:00+01:00', durationMinutes: 60, location: 'Saint-Girons', panelUserIds: [ids.hr], status: 'prevu' })
      ).body;
      const past = (
        await fx.call('POST', '/api/interviews', { applicationId: ids.sachaApp, startsAt: '2024-03-01T09:00:00+01:00', durationMinutes: 30, location: 'Téléphone', panelUserIds: [], status: 'fait' })
      ).body;
      await fx.database.db.transaction((tx) =>
        storeDocument(tx, { candidateId: ids.sacha, applicationId: ids.sachaApp, kind: 'cv', fileName: 'cv-sacha.pdf', bytes: sampleFiles.pdf() }, { userId: ids.admin }),
      );
      const reply = await clients.hr.call('GET', `/api/candidates/${ids.sacha}/timeline`);
      expect(reply.status).toBe(200);
      const entries: { key: string; kind: string; at: string; by: string | null; positionLabel: string | null; data: Record<string, unknown> }[] = reply.body;
      const kinds = entries.map((e) => e.kind);
      expect(new Set(kinds)).toEqual(new Set(['stage', 'note', 'interview', 'document', 'email']));
      // Newest first: the interview to come, then today's note and document, …, the past interview, the stages of 2024.
      const times = entries.map((e) => Date.parse(e.at));
      expect([...times].sort((a, b) => b - a)).toEqual(times);
      expect(entries[0]).toMatchObject({ kind: 'interview', at: '2026-12-10T14:30:00+01:00', data: { status: 'prevu' } });
      expect(entries[0].positionLabel).toMatch(/[Mm]édecin/);
      expect(entries.find((e) => e.key === `interview-${past.id}`)).toMatchObject({ at: '2024-03-01T09:00:00+01:00', data: { status: 'fait' } });
      expect(entries.find((e) => e.key === `note-${note.id}`)).toMatchObject({ by: 'rh', data: { body: 'Premier contact' } });
      expect(entries.filter((e) => e.kind === 'stage').map((e) => e.data.stage)).toEqual(['entretien', 'preselection', 'recue']);
      expect(entries.filter((e) => e.kind === 'stage').every((e) => e.positionLabel)).toBe(true);
      const document = entries.find((e) => e.kind === 'document')!;
      expect(document.data).toMatchObject({ documentKind: 'cv', fileName: 'cv-sacha.pdf' });
      expect(JSON.stringify(reply.body)).not.toMatch(/content|JVBER|%PDF/);
      // The planned interview's invitation, queued in the outbox (the past one, already done, sent none).
      const emails = entries.filter((e) => e.kind === 'email');
      expect(emails).toHaveLength(1);
      expect(emails[0].data).toMatchObject({ event: 'invitation_entretien', status: 'en_attente' });
      expect(String(emails[0].data.subject)).toMatch(/entretien/i);
      // Nothing of another candidate.
      expect(entries.some((e) => e.key === `interview-${interview.id}`)).toBe(true);
      const camille = (await clients.hr.call('GET', `/api/candidates/${ids.camille}/timeline`)).body as { key: string; kind: string }[];
      expect(camille.some((e) => e.key === `note-${note.id}` || e.key === `interview-${interview.id}` || e.kind === 'document')).toBe(false);
    });

    it('the timeline answers 404 for an unknown candidate and refuses the region, members and anonymous callers', async () => {
      expect((await fx.call('GET', '/api/candidates/999999/timeline')).status).toBe(404);
      expect((await fx.call('GET', '/api/candidates/abc/timeline')).status).toBe(404);
      expect((await clients.region.call('GET', `/api/candidates/${ids.camille}/timeline`)).status).toBe(403);
      expect((await clients.member.call('GET', `/api/candidates/${ids.camille}/timeline`)).status).toBe(403);
      expect((await fx.anonymous.call('GET', `/api/candidates/${ids.camille}/timeline`)).status).toBe(401);
    });
  },
  async (fx) => {
    const post = async (path: string, body: unknown) => {
      const reply = await fx.call('POST', path, body);
      if (reply.status !== 201) throw new Error(`${path}: ${reply.status} ${JSON.stringify(reply.body)}`);
      return reply.body as { id: number; version: number } & Record<string, unknown>;
    };
    ids.admin = fx.identity!.id;
    const member = (await post('/api/members', { name: 'CC de la Haute Ariège', college: 3, kind: 'epci', siren: '200066363', departmentCode: '09', joinedOn: '2022-06-17', status: 'actif' })).id;
    const centre = (await post('/api/centres', { name: 'Centre de santé de Saint-Girons', communeCode: '09261', status: 'ouvert', openedOn: '2022-07-01', memberIds: [member] })).id;
    const position = (await post('/api/positions', { centreId: centre, profession: 'medecin', fte: 1, status: 'ouvert', openedOn: '2024-01-01' })).id;
    const nurse = (await post('/api/positions', { centreId: centre, profession: 'infirmier', fte: 1, status: 'ouvert', openedOn: '2024-01-01' })).id;
    ids.camille = (await post('/api/candidates', { firstName: 'Camille', lastName: 'Martin', email: 'camille.martin@exemple.fr', profession: 'medecin', source: 'forum', consentUntil: '2028-01-01' })).id;
    ids.sacha = (await post('/api/candidates', { firstName: 'Sacha', lastName: 'Petit', email: 'sacha.petit@exemple.fr', profession: 'medecin', source: 'site', consentUntil: '2028-01-01' })).id;
    ids.camilleApp = (await post('/api/applications', { candidateId: ids.camille, positionId: position, stage: 'recue', appliedOn: '2024-01-10' })).id;
    ids.camilleApp2 = (await post('/api/applications', { candidateId: ids.camille, positionId: nurse, stage: 'recue', appliedOn: '2024-01-10' })).id;
    const sachaApp = await post('/api/applications', { candidateId: ids.sacha, positionId: position, stage: 'recue', appliedOn: '2024-01-05' });
    ids.sachaApp = sachaApp.id;
    const moved = (await fx.call('PUT', `/api/applications/${sachaApp.id}`, { ...sachaApp, stage: 'preselection', stageOn: '2024-01-20' })).body;
    await fx.call('PUT', `/api/applications/${sachaApp.id}`, { ...moved, stage: 'entretien', stageOn: '2024-02-10' });
    ids.hr = await fx.createUser('rh@essai.test', 'hr');
    await fx.createUser('region@essai.test', 'region');
    await fx.createUser('membre@essai.test', 'member', member);
    clients.hr = await fx.as('rh@essai.test');
    clients.region = await fx.as('region@essai.test');
    clients.member = await fx.as('membre@essai.test');
  },
);
