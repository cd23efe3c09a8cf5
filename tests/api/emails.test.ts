import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { defaultTemplates, interviewValues } from '../../src/domain/mail-templates';
import { createApp } from '../../src/server/app';
import { nodePasswords } from '../../src/server/auth/passwords-node';
import { auditEntries, emails } from '../../src/server/db/schema';
import { enqueueEmail } from '../../src/server/mail/outbox';
import { describeEachDatabase, signIn, type ApiFixture, type Client } from '../support/database';
import { create } from './fixtures';

/** A centre at Sainte-Croix-Volvestre, a GP position there, and two candidates who applied. */
const ids = {} as { member: number; centre: number; position: number; untitled: number; candidate: number; application: number; other: number; lone: number };

async function prepare(fx: ApiFixture) {
  ids.member = (await create(fx.call, 'members', { name: 'CC Couserans-Pyrénées', college: 3, kind: 'epci', siren: '200067940', departmentCode: '09', joinedOn: '2022-06-17', status: 'actif' })).id;
  ids.centre = (await create(fx.call, 'centres', { name: 'Centre de santé de Sainte-Croix-Volvestre', communeCode: '09257', status: 'ouvert', openedOn: '2022-07-01', memberIds: [ids.member] })).id;
  ids.position = (await create(fx.call, 'positions', { centreId: ids.centre, profession: 'medecin', title: 'Médecin généraliste', fte: 1, status: 'ouvert', openedOn: '2024-01-02' })).id;
  ids.untitled = (await create(fx.call, 'positions', { centreId: ids.centre, profession: 'sage_femme', fte: 0.5, status: 'ouvert', openedOn: '2024-01-02' })).id;
  ids.candidate = (await create(fx.call, 'candidates', { firstName: 'Élodie', lastName: 'Martin', email: 'elodie.martin@example.org', profession: 'medecin', source: 'site', consentUntil: '2030-01-01' })).id;
  ids.application = (await create(fx.call, 'applications', { candidateId: ids.candidate, positionId: ids.position, stage: 'entretien', appliedOn: '2024-02-05', stageOn: '2024-03-01' })).id;
  ids.other = (await create(fx.call, 'applications', { candidateId: ids.candidate, positionId: ids.untitled, stage: 'recue', appliedOn: '2024-02-06' })).id;
  ids.lone = (await create(fx.call, 'candidates', { firstName: 'Jean-Luc', lastName: 'Roux', email: 'jl.roux@example.org', profession: 'infirmier', source: 'forum', consentUntil: '2030-01-01' })).id;
  await fx.createUser('rh@essai.test', 'hr');
  await fx.createUser('region@essai.test', 'region');
  await fx.createUser('membre@essai.test', 'member', ids.member);
}

const refusal = () => ({ event: 'refus', applicationId: ids.application });

describeEachDatabase(
  'e-mail templates',
  (fx) => {
    const byEvent = async () => Object.fromEntries(((await fx.call('GET', '/api/email-templates')).body as { event: string }[]).map((t) => [t.event, t])) as Record<string, any>;

    it('are the five default French templates in a new database, exactly as the domain writes them', async () => {
      const list = await fx.call('GET', '/api/email-templates');
      expect(list.status).toBe(200);
      expect(list.headers.get('content-range')).toBe('email-templates 0-4/5');
      const templates = await byEvent();
      for (const [event, template] of Object.entries(defaultTemplates)) expect(templates[event], event).toMatchObject({ ...template, version: 1 });
    });

    it('HR edits a subject and body: saved, versioned, dated and audited', async () => {
      const hr = await fx.as('rh@essai.test');
      const before = (await byEvent()).offre;
      const reply = await hr.call('PUT', `/api/email-templates/${before.id}`, {
        version: before.version,
        subject: 'Notre proposition : {{poste}}',
        body: 'Bonjour {{prenom}},\n\nNous vous proposons le poste {{poste}} à {{commune}}.',
        event: 'refus', // the event is fixed: ignored
      });
      expect(reply.status, JSON.stringify(reply.body)).toBe(200);
      expect(reply.body).toMatchObject({ event: 'offre', subject: 'Notre proposition : {{poste}}', version: before.version + 1 });
      expect(Date.parse(reply.body.updatedAt)).toBeGreaterThan(Date.parse(before.updatedAt));
      const [entry] = await fx.database.db.select().from(auditEntries).where(and(eq(auditEntries.resource, 'email-templates'), eq(auditEntries.recordId, before.id)));
      expect(entry).toMatchObject({ action: 'update', userId: hr.identity!.id });
    });

    it('refuses an unknown or malformed variable with 400 on its field, naming the variable, and changes nothing', async () => {
      const before = (await byEvent()).refus;
      const unknown = await fx.call('PUT', `/api/email-templates/${before.id}`, { version: before.version, subject: 'Votre candidature', body: 'Bonjour {{prenom}} {{civilite}},' });
      expect(unknown.status).toBe(400);
      expect(unknown.body.errors).toEqual({ body: expect.stringMatching(/^Variable inconnue « {{civilite}} »/) });
      expect(unknown.body.message).toMatch(/{{civilite}}/);
      const malformed = await fx.call('PUT', `/api/email-templates/${before.id}`, { version: before.version, subject: 'Votre candidature {{poste', body: 'Bonjour' });
      expect(malformed.status).toBe(400);
      expect(malformed.body.errors).toEqual({ subject: expect.stringMatching(/^Variable mal formée près de « Votre candidature {{poste »/) });
      const interview = await fx.call('PUT', `/api/email-templates/${before.id}`, { version: before.version, body: 'Suite à notre entretien du {{date_entretien}}' });
      expect(interview.status).toBe(400);
      expect(interview.body.errors).toEqual({ body: expect.stringMatching(/^La variable {{date_entretien}} n’est disponible que dans l’invitation/) });
      expect((await fx.call('GET', `/api/email-templates/${before.id}`)).body).toEqual(before);
    });

    it('takes the interview’s variables in the invitation', async () => {
      const before = (await byEvent()).invitation_entretien;
      const reply = await fx.call('PUT', `/api/email-templates/${before.id}`, { version: before.version, body: `${before.body}\n\nPS : le {{date_entretien}} à {{heure_entretien}}.` });
      expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    });

    it('are neither created nor deleted (405), and nothing changes', async () => {
      const created = await fx.call('POST', '/api/email-templates', { event: 'refus', subject: 'Objet', body: 'Texte' });
      expect(created.status).toBe(405);
      expect(created.body.message).toMatch(/sont fixes/);
      const [first] = (await fx.call('GET', '/api/email-templates')).body;
      const deleted = await fx.call('DELETE', `/api/email-templates/${first.id}`);
      expect(deleted.status).toBe(405);
      expect(deleted.body.message).toMatch(/ne se suppriment pas/);
      expect((await fx.call('GET', '/api/email-templates')).body).toHaveLength(5);
    });

    it('are hidden from the Région, members and anonymous visitors', async () => {
      const [first] = (await fx.call('GET', '/api/email-templates')).body;
      for (const email of ['region@essai.test', 'membre@essai.test']) {
        const c = await fx.as(email);
        expect((await c.call('GET', '/api/email-templates')).status, email).toBe(403);
        expect((await c.call('GET', `/api/email-templates/${first.id}`)).status, email).toBe(403);
        expect((await c.call('PUT', `/api/email-templates/${first.id}`, { version: first.version, subject: 'x' })).status, email).toBe(403);
      }
      expect((await fx.anonymous.call('GET', '/api/email-templates')).status).toBe(401);
      expect((await fx.call('GET', `/api/email-templates/${first.id}`)).body).toEqual(first);
    });
  },
  prepare,
);

describeEachDatabase(
  'the outbox',
  (fx) => {
    let hr: Client;
    const outbox = async () => (await fx.call('GET', '/api/emails?range=[0,999]')).body as any[];

    it('previews the refusal for an application, rendered with the candidate, position and centre', async () => {
      hr = await fx.as('rh@essai.test');
      const reply = await hr.call('POST', '/api/emails/preview', refusal());
      expect(reply.status, JSON.stringify(reply.body)).toBe(200);
      expect(reply.body).toMatchObject({ event: 'refus', to: 'elodie.martin@example.org', candidateId: ids.candidate, applicationId: ids.application });
      expect(reply.body.subject).toBe('Votre candidature\u00a0: Médecin généraliste');
      expect(reply.body.body).toContain('Bonjour Élodie Martin,');
      expect(reply.body.body).toContain('au poste «\u00a0Médecin généraliste\u00a0» (Centre de santé de Sainte-Croix-Volvestre, Sainte-Croix-Volvestre), reçue le 05/02/2024.');
      expect(reply.body.body).not.toMatch(/[{}]/);
      // A position without a title is named by its profession.
      const untitled = await hr.call('POST', '/api/emails/preview', { event: 'candidature_recue', applicationId: ids.other });
      expect(untitled.body.subject).toBe('Accusé de réception de votre candidature\u00a0: Sage-femme');
      expect(await outbox()).toEqual([]);
    });

    it('refuses a preview of nothing, of an unknown event, and of an invitation without its interview (400 naming the field)', async () => {
      const unknownApplication = await fx.call('POST', '/api/emails/preview', { event: 'refus', applicationId: 999_999 });
      expect(unknownApplication).toMatchObject({ status: 400, body: { errors: { applicationId: 'Candidature introuvable' } } });
      const event = await fx.call('POST', '/api/emails/preview', { event: 'relance', applicationId: ids.application });
      expect(event.status).toBe(400);
      expect(event.body.errors).toHaveProperty('event');
      const noBody = await fx.call('POST', '/api/emails/preview', 'pas du JSON');
      expect(noBody.status).toBe(400);
      const invitation = await fx.call('POST', '/api/emails/preview', { event: 'invitation_entretien', applicationId: ids.application });
      expect(invitation.status).toBe(400);
      expect(invitation.body.errors.body).toMatch(/{{date_entretien}}/);
    });

    it('queues a message HR reviewed: waiting, to the candidate, marked « non envoyé : aucun serveur SMTP configuré », audited', async () => {
      const preview = (await hr.call('POST', '/api/emails/preview', refusal())).body;
      const reply = await hr.call('POST', '/api/emails', { ...refusal(), subject: preview.subject, body: `${preview.body}\n\nPS : merci {{prenom}}.` });
      expect(reply.status, JSON.stringify(reply.body)).toBe(201);
      expect(reply.body).toMatchObject({
        to: 'elodie.martin@example.org',
        subject: preview.subject,
        candidateId: ids.candidate,
        applicationId: ids.application,
        event: 'refus',
        status: 'en_attente',
        attempts: 0,
        sentAt: null,
        attachments: [],
        delivery: 'Non envoyé : aucun serveur SMTP configuré',
      });
      // Variables HR left in the reviewed text are rendered too.
      expect(reply.body.body.endsWith('PS : merci Élodie.')).toBe(true);
      const one = await fx.call('GET', `/api/emails/${reply.body.id}`);
      expect(one.body).toEqual(reply.body);
      expect((await outbox()).map((e) => e.delivery)).toEqual(['Non envoyé : aucun serveur SMTP configuré']);
      const status = await hr.call('GET', '/api/emails/status');
      expect(status.body).toEqual({ smtpConfigured: false, message: 'Non envoyé : aucun serveur SMTP configuré' });
      const audit = await fx.call('GET', `/api/audit?filter=${encodeURIComponent(JSON.stringify({ resource: 'emails', recordId: reply.body.id }))}`);
      expect(audit.body).toMatchObject([{ action: 'create', userId: hr.identity!.id, after: { subject: preview.subject, status: 'en_attente' } }]);
    });

    it('refuses a reviewed message with an unknown variable, an empty subject or an unknown application, and writes nothing', async () => {
      const count = (await outbox()).length;
      const unknown = await hr.call('POST', '/api/emails', { ...refusal(), subject: 'Objet', body: 'Bonjour {{prénom}}' });
      expect(unknown.status).toBe(400);
      expect(unknown.body.errors).toEqual({ body: expect.stringMatching(/^Variable inconnue « {{prénom}} » : vouliez-vous dire {{prenom}} \?/) });
      const empty = await hr.call('POST', '/api/emails', { ...refusal(), subject: '  ', body: 'Bonjour' });
      expect(empty).toMatchObject({ status: 400, body: { errors: { subject: 'Obligatoire' } } });
      const twoLines = await hr.call('POST', '/api/emails', { ...refusal(), subject: 'Objet\r\nBcc: tous@example.org', body: 'Bonjour' });
      expect(twoLines.status).toBe(400);
      expect(twoLines.body.errors).toHaveProperty('subject');
      const nowhere = await hr.call('POST', '/api/emails', { event: 'refus', applicationId: 424_242, subject: 'Objet', body: 'Bonjour' });
      expect(nowhere).toMatchObject({ status: 400, body: { errors: { applicationId: 'Candidature introuvable' } } });
      expect((await outbox()).length).toBe(count);
    });

    it('is not edited nor deleted through the API (405)', async () => {
      const [email] = await outbox();
      expect((await fx.call('PUT', `/api/emails/${email.id}`, { ...email, subject: 'Autre' })).status).toBe(405);
      expect((await fx.call('DELETE', `/api/emails/${email.id}`)).status).toBe(405);
      expect((await fx.call('GET', `/api/emails/${email.id}`)).body).toEqual(email);
    });

    it('is read and written by HR and admins only: the Région, members and anonymous visitors are refused everywhere', async () => {
      const [email] = await outbox();
      const refusedTo = async (c: Client) => [
        (await c.call('GET', '/api/emails')).status,
        (await c.call('GET', `/api/emails/${email.id}`)).status,
        (await c.call('GET', '/api/emails/status')).status,
        (await c.call('POST', '/api/emails/preview', refusal())).status,
        (await c.call('POST', '/api/emails', { ...refusal(), subject: 'Objet', body: 'Bonjour' })).status,
        (await c.call('POST', `/api/emails/${email.id}/retry`)).status,
      ];
      for (const account of ['region@essai.test', 'membre@essai.test']) expect(await refusedTo(await fx.as(account)), account).toEqual([403, 403, 403, 403, 403, 403]);
      expect(await refusedTo(fx.anonymous)).toEqual([401, 401, 401, 401, 401, 401]);
      // A member's filter on a candidate gets nothing either.
      const member = await fx.as('membre@essai.test');
      expect((await member.call('GET', `/api/emails?filter=${encodeURIComponent(JSON.stringify({ candidateId: ids.candidate }))}`)).status).toBe(403);
      expect((await outbox()).length).toBe(1);
    });

    it('« Renvoyer » puts a failed message back in the queue, and only a failed one', async () => {
      const [email] = await outbox();
      const notFailed = await hr.call('POST', `/api/emails/${email.id}/retry`);
      expect(notFailed.status).toBe(409);
      await fx.database.db.update(emails).set({ status: 'echec', attempts: 8, lastError: '550 5.1.1 Boîte inconnue' }).where(eq(emails.id, email.id));
      const failed = (await fx.call('GET', `/api/emails/${email.id}`)).body;
      expect(failed.delivery).toBe('Échec de l’envoi après 8 tentatives : « Renvoyer » le remet en file');
      const retried = await hr.call('POST', `/api/emails/${email.id}/retry`);
      expect(retried.status, JSON.stringify(retried.body)).toBe(200);
      expect(retried.body).toMatchObject({ status: 'en_attente', attempts: 0, lastError: '550 5.1.1 Boîte inconnue', version: failed.version + 1 });
      expect(Date.parse(retried.body.nextAttemptAt)).toBeLessThanOrEqual(Date.now() + 1000);
      expect((await hr.call('POST', '/api/emails/999999/retry')).status).toBe(404);
      expect((await hr.call('POST', '/api/emails/abc/retry')).status).toBe(404);
    });

    it('enqueueEmail writes in the caller’s transaction: the interview’s values and .ics, and nothing when the caller rolls back', async () => {
      const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n';
      const row = await fx.database.db.transaction((tx) =>
        enqueueEmail(
          tx,
          {
            event: 'invitation_entretien',
            applicationId: ids.application,
            values: interviewValues('2026-03-12T14:30:00+01:00', 'Centre de santé, place de la Mairie'),
            attachments: [{ fileName: 'entretien.ics', mediaType: 'text/calendar; charset=utf-8; method=REQUEST', content: ics }],
          },
          { userId: null },
        ),
      );
      expect(row).toMatchObject({ status: 'en_attente', to: 'elodie.martin@example.org', event: 'invitation_entretien', attachments: [{ fileName: 'entretien.ics', content: ics }] });
      expect(row.body).toContain('Date\u00a0: jeudi 12 mars 2026\nHeure\u00a0: 14\u00a0h\u00a030\nLieu\u00a0: Centre de santé, place de la Mairie');
      // The audit entry names the attachment without its content.
      const [entry] = await fx.database.db.select().from(auditEntries).where(and(eq(auditEntries.resource, 'emails'), eq(auditEntries.recordId, row.id)));
      expect(entry.after).toMatchObject({ attachments: [{ fileName: 'entretien.ics', mediaType: 'text/calendar; charset=utf-8; method=REQUEST' }] });
      expect(JSON.stringify(entry.after)).not.toContain('VCALENDAR');

      const count = (await outbox()).length;
      await expect(
        fx.database.db.transaction(async (tx) => {
          await enqueueEmail(tx, { event: 'candidature_recue', applicationId: ids.other }, { userId: null });
          throw new Error('the application form failed afterwards');
        }),
      ).rejects.toThrow('the application form failed afterwards');
      expect((await outbox()).length).toBe(count);
    });

    it('enqueueEmail refuses what it cannot send (400, nothing written): an invitation without its interview, a candidate alone with a position’s variables, a bad attachment', async () => {
      const count = (await outbox()).length;
      const db = fx.database.db;
      await expect(db.transaction((tx) => enqueueEmail(tx, { event: 'invitation_entretien', applicationId: ids.application }, { userId: null }))).rejects.toMatchObject({
        status: 400,
        errors: { body: expect.stringMatching(/{{date_entretien}}/) },
      });
      await expect(db.transaction((tx) => enqueueEmail(tx, { event: 'retrait', candidateId: ids.lone }, { userId: null }))).rejects.toMatchObject({
        status: 400,
        errors: { subject: expect.stringMatching(/{{poste}}.*aucune candidature/) },
      });
      await expect(
        db.transaction((tx) => enqueueEmail(tx, { event: 'refus', applicationId: ids.application, attachments: [{ fileName: '../../etc/passwd', mediaType: 'text/plain', content: 'x' }] }, { userId: null })),
      ).rejects.toMatchObject({ status: 400, errors: { attachments: expect.stringMatching(/^Nom de pièce jointe invalide/) } });
      await expect(
        db.transaction((tx) => enqueueEmail(tx, { event: 'refus', applicationId: ids.application, attachments: [{ fileName: 'a.pdf', mediaType: 'application/pdf', content: 'pas du base64 !', encoding: 'base64' }] }, { userId: null })),
      ).rejects.toMatchObject({ status: 400, errors: { attachments: expect.stringMatching(/^Contenu de pièce jointe invalide/) } });
      expect((await outbox()).length).toBe(count);
      // A candidate alone, with a template that only names them, is fine.
      const lone = await db.transaction((tx) => enqueueEmail(tx, { event: 'retrait', candidateId: ids.lone, subject: 'Votre retrait', body: 'Bonjour {{prenom}} {{nom}}, c’est noté.' }, { userId: null }));
      expect(lone).toMatchObject({ to: 'jl.roux@example.org', applicationId: null, body: 'Bonjour Jean-Luc Roux, c’est noté.' });
    });

    it('says « En file d’envoi » on a server that has an SMTP server', async () => {
      const app = createApp(fx.database, { passwords: nodePasswords, smtpConfigured: true });
      const admin = await signIn(app, 'rh@essai.test');
      expect((await admin.call('GET', '/api/emails/status')).body).toEqual({ smtpConfigured: true, message: null });
      const waiting = (await admin.call('GET', `/api/emails?filter=${encodeURIComponent(JSON.stringify({ status: 'en_attente' }))}`)).body as any[];
      expect(waiting.length).toBeGreaterThan(0);
      for (const e of waiting) expect(e.delivery).toBe('En file d’envoi');
      expect((await admin.call('GET', `/api/emails/${waiting[0].id}`)).body.delivery).toBe('En file d’envoi');
      // The other app, on the same database, has no SMTP server and still says so.
      expect((await fx.call('GET', `/api/emails/${waiting[0].id}`)).body.delivery).toBe('Non envoyé : aucun serveur SMTP configuré');
    });
  },
  prepare,
);
