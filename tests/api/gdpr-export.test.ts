import { expect, it } from 'vitest';
import { CURRENT_CONSENT_VERSION } from '../../src/domain/consent';
import * as t from '../../src/server/db/schema';
import { storeDocument } from '../../src/server/files/store';
import { enqueueEmail } from '../../src/server/mail/outbox';
import { describeEachDatabase, type Client } from '../support/database';
import { sampleFiles } from '../support/files';

const ids = { admin: 0, hr: 0, camille: 0, other: 0, app: 0, interview: 0, feedback: 0, note: 0, hostile: 0, document: 0, email: 0, consent: 0 };
const clients = {} as Record<'hr' | 'region' | 'member', Client>;
const HOSTILE = '<script>alert("x")</script> & « fin »';

type Export = {
  generatedAt: string;
  notice: string;
  candidate: Record<string, unknown>;
  consents: { id: number; version: string; channel: string }[];
  applications: { id: number; positionLabel: string; stage: string; stageHistory: { stage: string; on: string }[] }[];
  interviews: { id: number; location: string; panel: { id: number; name: string }[]; feedback: { id: number; rating: number; comment: string; userName: string }[] }[];
  notes: { id: number; body: string; authorName: string }[];
  emails: { id: number; to: string; subject: string; body: string; status: string; attachments: string[] }[];
  documents: { id: number; fileName: string; kind: string; downloadUrl: string }[];
  audit: { resource: string; recordId: number; action: string; userName: string | null }[];
};

describeEachDatabase(
  'the right of access: GET /api/candidates/<id>/export',
  (fx) => {
    it('holds every item created for the candidate, never a document’s bytes, nothing of another candidate', async () => {
      const reply = await clients.hr.call('GET', `/api/candidates/${ids.camille}/export`);
      expect(reply.status).toBe(200);
      expect(reply.headers.get('content-type')).toMatch(/application\/json/);
      expect(reply.headers.get('content-disposition')).toBeNull();
      expect(reply.headers.get('cache-control')).toBe('private, no-store');
      const data = reply.body as Export;
      expect(Number.isNaN(Date.parse(data.generatedAt))).toBe(false);
      expect(data.notice).toMatch(/droit d’accès/);
      expect(data.candidate).toMatchObject({ id: ids.camille, firstName: 'Camille', lastName: 'Martin', email: 'camille.martin@exemple.fr', phone: '+33612345678' });
      expect(data.consents).toEqual([expect.objectContaining({ id: ids.consent, version: CURRENT_CONSENT_VERSION, channel: 'formulaire_offre' })]);
      expect(data.applications).toHaveLength(1);
      expect(data.applications[0]).toMatchObject({ id: ids.app, stage: 'entretien' });
      expect(data.applications[0].positionLabel).toMatch(/[Mm]édecin/);
      expect(data.applications[0].stageHistory).toEqual([
        { stage: 'recue', on: '2024-01-05' },
        { stage: 'preselection', on: '2024-01-20' },
        { stage: 'entretien', on: '2024-02-10' },
      ]);
      expect(data.interviews).toHaveLength(1);
      expect(data.interviews[0]).toMatchObject({ id: ids.interview, location: 'Saint-Girons', panel: [{ id: ids.hr, name: 'rh' }] });
      expect(data.interviews[0].feedback).toEqual([expect.objectContaining({ id: ids.feedback, rating: 4, comment: 'Très bon échange.', userName: 'rh' })]);
      expect(data.notes.map((n) => n.id).sort()).toEqual([ids.note, ids.hostile].sort());
      expect(data.notes.find((n) => n.id === ids.note)).toMatchObject({ body: 'Premier contact', authorName: 'rh' });
      // The invitation the interview queued, and the message queued through enqueueEmail.
      const email = data.emails.find((e) => e.id === ids.email);
      expect(email).toMatchObject({ to: 'camille.martin@exemple.fr', subject: 'Votre dossier', body: 'Bonjour Camille,\nvotre dossier est complet.', status: 'en_attente', attachments: ['recapitulatif.txt'] });
      expect(data.emails.some((e) => /entretien/i.test(e.subject) && e.attachments.includes('entretien.ics'))).toBe(true);
      expect(data.documents).toEqual([expect.objectContaining({ id: ids.document, kind: 'cv', fileName: 'cv-camille.pdf', downloadUrl: `/api/documents/${ids.document}/file` })]);
      const text = JSON.stringify(data);
      expect(text).not.toMatch(/JVBER|%PDF|"content"/);
      // Audit entries about the person and their records, with who acted.
      const about = (resource: string, id: number) => data.audit.filter((a) => a.resource === resource && a.recordId === id).map((a) => a.action);
      expect(about('candidates', ids.camille)).toContain('create');
      expect(about('applications', ids.app)).toEqual(expect.arrayContaining(['create', 'update']));
      expect(about('interviews', ids.interview)).toContain('create');
      expect(about('interview-feedback', ids.feedback)).toContain('create');
      expect(about('notes', ids.note)).toContain('create');
      expect(about('documents', ids.document)).toContain('create');
      expect(about('emails', ids.email)).toContain('create');
      expect(data.audit.find((a) => a.resource === 'notes' && a.recordId === ids.note)?.userName).toBe('rh');
      // Nothing of the other candidate.
      expect(text).not.toMatch(/Sacha|sacha\.petit/);
      expect(data.audit.some((a) => a.resource === 'candidates' && a.recordId === ids.other)).toBe(false);
    });

    it('?download=1 answers the JSON as a file', async () => {
      const reply = await clients.hr.call('GET', `/api/candidates/${ids.camille}/export?download=1`);
      expect(reply.status).toBe(200);
      expect(reply.headers.get('content-disposition')).toBe(`attachment; filename="donnees-candidat-${ids.camille}.json"`);
      expect((reply.body as Export).candidate.id).toBe(ids.camille);
    });

    it('?format=html: a French page with a section each, « Aucun » for the empty ones, values escaped, no script', async () => {
      const reply = await fx.call('GET', `/api/candidates/${ids.camille}/export?format=html`);
      expect(reply.status).toBe(200);
      expect(reply.headers.get('content-type')).toMatch(/text\/html/);
      expect(reply.headers.get('content-disposition')).toMatch(/^inline/);
      const csp = reply.headers.get('content-security-policy')!;
      expect(csp).toMatch(/default-src 'none'/);
      expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
      expect(csp).not.toMatch(/script-src|unsafe-inline/);
      const page = String(reply.body);
      expect(page).toMatch(/<html lang="fr">/);
      for (const heading of ['Identité et coordonnées', 'Consentements', 'Candidatures', 'Entretiens', 'Notes', 'Courriels', 'Documents', 'Historique des opérations'])
        expect(page).toContain(`>${heading}</h2>`);
      expect(page).toContain('Camille');
      expect(page).toContain('Premier contact');
      expect(page).toContain('cv-camille.pdf');
      expect(page).toContain(`href="/api/documents/${ids.document}/file"`);
      expect(page).toMatch(/10\/01\/2030/); // consentUntil, jj/mm/aaaa
      expect(page).toContain("05/01/2024 : Reçue");
      expect(page).toMatch(/10\/12\/2026 à 14 h 30/); // the interview, Paris time
      expect(page).toContain('@media print');
      expect(page).toMatch(/<td>Création<\/td><td>Note n° \d+<\/td>/);
      // The hostile note is text, never markup; and no script at all.
      expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; « fin »');
      expect(page).not.toMatch(/<script/i);
      // The other candidate's export has empty sections.
      const empty = String((await fx.call('GET', `/api/candidates/${ids.other}/export?format=html`)).body);
      expect(empty).toMatch(/Candidatures<\/h2><p class="empty">Aucune<\/p>/);
      expect(empty).toMatch(/Documents<\/h2><p class="empty">Aucun<\/p>/);
    });

    it('each export is audited: who exported whose data, when, in which format', async () => {
      const filter = encodeURIComponent(JSON.stringify({ resource: 'candidates', recordId: ids.other, action: 'export' }));
      const before = (await fx.call('GET', `/api/audit?filter=${filter}&sort=${encodeURIComponent('["id","ASC"]')}`)).body.length;
      await clients.hr.call('GET', `/api/candidates/${ids.other}/export`);
      await fx.call('GET', `/api/candidates/${ids.other}/export?format=html`);
      const audit = await fx.call('GET', `/api/audit?filter=${filter}&sort=${encodeURIComponent('["id","ASC"]')}`);
      expect(audit.status).toBe(200);
      const entries = (audit.body as { userId: number; at: string; after: { format: string } }[]).slice(before);
      expect(entries.map((e) => [e.userId, e.after.format]).sort()).toEqual(
        [[ids.hr, 'json'], [ids.admin, 'html']].sort(),
      );
      expect(entries.every((e) => e.at)).toBe(true);
      // The next export holds the previous exports among the audit entries about the person.
      const data = (await clients.hr.call('GET', `/api/candidates/${ids.other}/export`)).body as Export;
      expect(data.audit.filter((a) => a.action === 'export')).toHaveLength(before + 2);
    });

    it('404 for an unknown candidate (not audited as an export); the region, members and anonymous callers are refused', async () => {
      expect((await fx.call('GET', '/api/candidates/999999/export')).status).toBe(404);
      expect((await fx.call('GET', '/api/candidates/abc/export')).status).toBe(404);
      const pdf = await fx.call('GET', `/api/candidates/${ids.camille}/export?format=pdf`);
      expect(pdf.status).toBe(400);
      expect(pdf.body.errors.format).toBe('json ou html');
      const exported = await fx.call('GET', `/api/audit?filter=${encodeURIComponent(JSON.stringify({ action: 'export', recordId: 999999 }))}`);
      expect(exported.body).toEqual([]);
      for (const who of ['region', 'member'] as const) {
        for (const query of ['', '?format=html', '?download=1']) {
          const reply = await clients[who].call('GET', `/api/candidates/${ids.camille}/export${query}`);
          expect(reply.status).toBe(403);
          expect(JSON.stringify(reply.body)).not.toMatch(/Camille|Martin/);
        }
      }
      expect((await fx.anonymous.call('GET', `/api/candidates/${ids.camille}/export`)).status).toBe(401);
      expect((await fx.anonymous.call('GET', `/api/candidates/${ids.camille}/export?format=html`)).status).toBe(401);
      const denied = await fx.call('GET', `/api/audit?filter=${encodeURIComponent(JSON.stringify({ resource: 'candidates', recordId: ids.camille, action: 'denied' }))}`);
      expect(denied.body.length).toBeGreaterThanOrEqual(6);
    });
  },
  async (fx) => {
    const post = async (client: Client, path: string, body: unknown) => {
      const reply = await client.call('POST', path, body);
      if (reply.status !== 201) throw new Error(`${path}: ${reply.status} ${JSON.stringify(reply.body)}`);
      return reply.body as { id: number; version: number } & Record<string, unknown>;
    };
    ids.admin = fx.identity!.id;
    const admin = fx as unknown as Client;
    const member = (await post(admin, '/api/members', { name: 'CC de la Haute Ariège', college: 3, kind: 'epci', siren: '200066363', departmentCode: '09', joinedOn: '2022-06-17', status: 'actif' })).id;
    const centre = (await post(admin, '/api/centres', { name: 'Centre de santé de Saint-Girons', communeCode: '09261', status: 'ouvert', openedOn: '2022-07-01', memberIds: [member] })).id;
    const position = (await post(admin, '/api/positions', { centreId: centre, profession: 'medecin', fte: 1, status: 'ouvert', openedOn: '2024-01-01' })).id;
    ids.hr = await fx.createUser('rh@essai.test', 'hr');
    await fx.createUser('region@essai.test', 'region');
    await fx.createUser('membre@essai.test', 'member', member);
    clients.hr = await fx.as('rh@essai.test');
    clients.region = await fx.as('region@essai.test');
    clients.member = await fx.as('membre@essai.test');

    ids.camille = (
      await post(clients.hr, '/api/candidates', { firstName: 'Camille', lastName: 'Martin', email: 'camille.martin@exemple.fr', phone: '+33612345678', profession: 'medecin', source: 'site', consentUntil: '2030-01-10' })
    ).id;
    ids.other = (await post(clients.hr, '/api/candidates', { firstName: 'Sacha', lastName: 'Petit', email: 'sacha.petit@exemple.fr', profession: 'medecin', source: 'forum', consentUntil: '2028-01-01' })).id;
    const db = fx.database.db;
    [{ id: ids.consent }] = await db.insert(t.consents).values({ candidateId: ids.camille, version: CURRENT_CONSENT_VERSION, channel: 'formulaire_offre' }).returning({ id: t.consents.id });
    const app = await post(clients.hr, '/api/applications', { candidateId: ids.camille, positionId: position, stage: 'recue', appliedOn: '2024-01-05' });
    ids.app = app.id;
    const moved = (await clients.hr.call('PUT', `/api/applications/${app.id}`, { ...app, stage: 'preselection', stageOn: '2024-01-20' })).body;
    await clients.hr.call('PUT', `/api/applications/${app.id}`, { ...moved, stage: 'entretien', stageOn: '2024-02-10' });
    ids.interview = (
      await post(clients.hr, '/api/interviews', { applicationId: app.id, startsAt: '2026-12-10T14:30:00+01:00', durationMinutes: 60, location: 'Saint-Girons', panelUserIds: [ids.hr], status: 'prevu' })
    ).id;
    ids.feedback = (await post(clients.hr, '/api/interview-feedback', { interviewId: ids.interview, rating: 4, comment: 'Très bon échange.' })).id;
    ids.note = (await post(clients.hr, '/api/notes', { candidateId: ids.camille, applicationId: app.id, body: 'Premier contact' })).id;
    ids.hostile = (await post(clients.hr, '/api/notes', { candidateId: ids.camille, body: HOSTILE })).id;
    ids.document = (
      await db.transaction((tx) => storeDocument(tx, { candidateId: ids.camille, applicationId: app.id, kind: 'cv', fileName: 'cv-camille.pdf', bytes: sampleFiles.pdf() }, { userId: ids.hr }))
    ).id;
    ids.email = (
      await db.transaction((tx) =>
        enqueueEmail(
          tx,
          {
            event: 'candidature_recue',
            applicationId: app.id,
            subject: 'Votre dossier',
            body: 'Bonjour {{prenom}},\nvotre dossier est complet.',
            attachments: [{ fileName: 'recapitulatif.txt', mediaType: 'text/plain', content: 'Récapitulatif' }],
          },
          { userId: ids.hr },
        ),
      )
    ).id;
  },
);
