import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { interviewValues } from '../../src/domain/mail-templates';
import { openDatabase, type NodeDatabase } from '../../src/server/db/open';
import { auditEntries, emails } from '../../src/server/db/schema';
import type { Db } from '../../src/server/db/types';
import { enqueueEmail } from '../../src/server/mail/outbox';
import { createMailWorker, defaultBackoffMs, type MailWorker, type MailWorkerOptions } from '../../src/server/mail/worker';
import { describeEachDatabase, type ApiFixture } from '../support/database';
import { createPostgresDatabase } from '../support/postgres';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp';
import { create } from './fixtures';

/**
 * The outbox's worker against a real SMTP server started here (smtp-server on a free port): what the
 * server receives, how a refusal is retried (backoff read from the rows, with a clock the test moves
 * instead of waiting), when a message is given up, and on PostgreSQL two workers on one database.
 */

const FROM = 'GIP Ma santé, Ma Région <recrutement@maillage.test>';
const ICS = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Maillage//FR\r\nBEGIN:VEVENT\r\nUID:entretien-1@maillage.test\r\nSUMMARY:Entretien\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';

/** A candidate who applied to a GP position at Sainte-Croix-Volvestre; returns the application's id. */
async function application(fx: ApiFixture, n: number) {
  const member = await create(fx.call, 'members', { name: `CC d’essai ${n}`, college: 3, kind: 'epci', departmentCode: '09', joinedOn: '2022-06-17', status: 'actif' });
  const centre = await create(fx.call, 'centres', { name: 'Centre de santé de Sainte-Croix-Volvestre', communeCode: '09257', status: 'ouvert', openedOn: '2022-07-01', memberIds: [member.id] });
  const position = await create(fx.call, 'positions', { centreId: centre.id, profession: 'medecin', title: 'Médecin généraliste', fte: 1, status: 'ouvert', openedOn: '2024-01-02' });
  const candidate = await create(fx.call, 'candidates', { firstName: 'Élodie', lastName: 'Martin', email: `elodie.martin.${n}@example.org`, profession: 'medecin', source: 'site', consentUntil: '2030-01-01' });
  return (await create(fx.call, 'applications', { candidateId: candidate.id, positionId: position.id, stage: 'entretien', appliedOn: '2024-02-05', stageOn: '2024-03-01' })).id as number;
}

const queue = (db: Db, applicationId: number, subject: string) =>
  db.transaction((tx) => enqueueEmail(tx, { event: 'refus', applicationId, subject, body: 'Bonjour {{prenom}},\n\nNous regrettons.' }, { userId: null }));

const rowOf = async (db: Db, id: number) => (await db.select().from(emails).where(eq(emails.id, id)))[0];

let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(() => smtp?.close());

describeEachDatabase('the mail worker and a real SMTP server', (fx) => {
  let applicationId: number;
  // The workers' clock, moved by the tests; each test starts it just past the rows it queues (their
  // `nextAttemptAt` is the database's now()).
  let clock = 0;
  const startClock = () => (clock = Math.max(clock, Date.now()) + 1_000);
  const workers: MailWorker[] = [];
  const worker = (options: Partial<MailWorkerOptions> = {}) => {
    const w = createMailWorker({ db: fx.database.db, smtpUrl: smtp.url, from: FROM, now: () => new Date(clock), log: () => {}, ...options });
    workers.push(w);
    return w;
  };
  beforeAll(async () => {
    applicationId = await application(fx, 1);
    smtp.received.length = 0;
  });
  afterAll(async () => {
    for (const w of workers) await w.stop();
  });

  it('delivers a queued message as written: recipient, sender, subject, body and the .ics attached; marks it sent, once', async () => {
    smtp.verdict = () => 'accept';
    const db = fx.database.db;
    const invitation = await db.transaction((tx) =>
      enqueueEmail(
        tx,
        {
          event: 'invitation_entretien',
          applicationId,
          values: interviewValues('2026-03-12T14:30:00+01:00', 'Centre de santé, place de la Mairie, 09230 Sainte-Croix-Volvestre'),
          attachments: [{ fileName: 'entretien.ics', mediaType: 'text/calendar; charset=utf-8; method=REQUEST', content: ICS }],
        },
        { userId: null },
      ),
    );
    const w = worker();
    startClock();
    expect(await w.runOnce()).toEqual({ sent: 1, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail.from).toBe('recrutement@maillage.test');
    expect(mail.to).toEqual(['elodie.martin.1@example.org']);
    expect(mail.headers.from).toMatch(/<recrutement@maillage\.test>$/);
    expect(mail.subject).toBe('Invitation à un entretien\u00a0: Médecin généraliste');
    expect(mail.subject).toBe(invitation.subject);
    expect(mail.text).toBe(invitation.body);
    expect(mail.text).toContain('Bonjour Élodie Martin,');
    expect(mail.text).toContain('Date\u00a0: jeudi 12 mars 2026\nHeure\u00a0: 14\u00a0h\u00a030');
    expect(mail.text.endsWith('L’équipe recrutement — GIP Ma santé, Ma Région')).toBe(true);
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]).toMatchObject({ fileName: 'entretien.ics', contentType: 'text/calendar' });
    expect(mail.attachments[0].content.toString('utf8')).toBe(ICS);

    const row = await rowOf(db, invitation.id);
    expect(row).toMatchObject({ status: 'envoye', attempts: 1, lastError: null });
    expect(Date.parse(row.sentAt!)).toBe(clock);
    const audit = await db.select().from(auditEntries).where(and(eq(auditEntries.resource, 'emails'), eq(auditEntries.recordId, invitation.id)));
    expect(audit.map((a) => [a.action, (a.after as { status: string }).status])).toEqual([
      ['create', 'en_attente'],
      ['update', 'envoye'],
    ]);
    // Nothing is sent twice.
    expect(await w.runOnce()).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
  });

  it('retries a message the SMTP server refused (451, then 550) after an exponential backoff, then delivers it', async () => {
    const db = fx.database.db;
    smtp.received.length = 0;
    const refusals = smtp.refused;
    // This test's first message is refused for a while (451), then for good (550), then accepted.
    let tries = 0;
    smtp.verdict = () => (++tries === 1 ? { code: 451, message: '4.3.0 Serveur occupé, réessayez plus tard' } : tries === 2 ? { code: 550, message: '5.7.1 Refusé pour l’instant' } : 'accept');
    const email = await queue(db, applicationId, 'Réponse à votre candidature (essai 451)');
    const w = worker();

    const start = startClock();
    expect(await w.runOnce()).toEqual({ sent: 0, failed: 1 });
    let row = await rowOf(db, email.id);
    expect(row).toMatchObject({ status: 'en_attente', attempts: 1, sentAt: null });
    expect(row.lastError).toMatch(/^451 4\.3\.0 Serveur occupé/);
    expect(Date.parse(row.nextAttemptAt)).toBe(start + defaultBackoffMs(1));
    expect(defaultBackoffMs(1)).toBe(60_000);

    // Not due yet: nothing is tried.
    clock = start + 59_000;
    expect(await w.runOnce()).toEqual({ sent: 0, failed: 0 });
    expect(smtp.refused).toBe(refusals + 1);

    clock = start + 60_000;
    expect(await w.runOnce()).toEqual({ sent: 0, failed: 1 });
    row = await rowOf(db, email.id);
    expect(row).toMatchObject({ status: 'en_attente', attempts: 2 });
    expect(row.lastError).toMatch(/^550 5\.7\.1/);
    // Twice as long after the second failure.
    expect(Date.parse(row.nextAttemptAt)).toBe(clock + 120_000);
    clock += 119_000;
    expect(await w.runOnce()).toEqual({ sent: 0, failed: 0 });
    clock += 1_000;
    expect(await w.runOnce()).toEqual({ sent: 1, failed: 0 });
    row = await rowOf(db, email.id);
    expect(row).toMatchObject({ status: 'envoye', attempts: 3 });
    expect(smtp.received.map((m) => m.subject)).toEqual(['Réponse à votre candidature (essai 451)']);
    expect(smtp.refused).toBe(refusals + 2);
  });

  it('gives up after the maximum of attempts (« échec », the last error kept); « Renvoyer » queues it again and it is delivered', async () => {
    const db = fx.database.db;
    smtp.received.length = 0;
    smtp.verdict = () => ({ code: 550, message: '5.1.1 Boîte aux lettres inconnue' });
    const email = await queue(db, applicationId, 'Réponse à votre candidature (essai 550)');
    const w = worker({ maxAttempts: 3 });
    startClock();
    for (let attempt = 1; attempt <= 3; attempt++) {
      expect(await w.runOnce(), `attempt ${attempt}`).toEqual({ sent: 0, failed: 1 });
      clock += defaultBackoffMs(attempt);
    }
    const failed = await rowOf(db, email.id);
    expect(failed).toMatchObject({ status: 'echec', attempts: 3, sentAt: null });
    expect(failed.lastError).toMatch(/^550 5\.1\.1 Boîte aux lettres inconnue/);
    clock += 24 * 3_600_000;
    expect(await w.runOnce()).toEqual({ sent: 0, failed: 0 });
    expect((await fx.call('GET', `/api/emails/${email.id}`)).body.delivery).toBe('Échec de l’envoi après 3 tentatives : « Renvoyer » le remet en file');

    // HR's « Renvoyer », once the address is fixed on the other side. The worker's clock is ahead: due.
    smtp.verdict = () => 'accept';
    expect((await fx.call('POST', `/api/emails/${email.id}/retry`)).status).toBe(200);
    expect(await w.runOnce()).toEqual({ sent: 1, failed: 0 });
    expect(await rowOf(db, email.id)).toMatchObject({ status: 'envoye', attempts: 1 });
    expect(smtp.received).toHaveLength(1);
  });

  it('keeps a message waiting, with the reason, when the SMTP server cannot be reached', async () => {
    const db = fx.database.db;
    const closed = await startSmtpServer();
    await closed.close();
    const email = await queue(db, applicationId, 'Réponse à votre candidature (serveur absent)');
    const w = worker({ smtpUrl: closed.url });
    startClock();
    expect(await w.runOnce()).toEqual({ sent: 0, failed: 1 });
    const row = await rowOf(db, email.id);
    expect(row).toMatchObject({ status: 'en_attente', attempts: 1 });
    expect(row.lastError).toMatch(/ECONNREFUSED/);
    // Left for the next one: marked failed, so the other tests' workers do not pick it up.
    await db.update(emails).set({ status: 'echec' }).where(eq(emails.id, email.id));
  });

  it('polls on its own once started, and stops cleanly', async () => {
    const db = fx.database.db;
    smtp.received.length = 0;
    smtp.verdict = () => 'accept';
    const email = await queue(db, applicationId, 'Réponse à votre candidature (sondage)');
    const w = worker({ pollMs: 20 });
    startClock();
    w.start();
    await expect.poll(async () => (await rowOf(db, email.id)).status, { timeout: 10_000, interval: 50 }).toBe('envoye');
    await w.stop();
    expect(smtp.received.map((m) => m.subject)).toEqual(['Réponse à votre candidature (sondage)']);
  });
});

describe('the mail worker on PGlite in its worker thread (as npm start runs it)', () => {
  let database: NodeDatabase;
  beforeAll(async () => {
    database = await openDatabase({ loadDataDir: new Blob([readFileSync(inject('pgliteImage'))]), worker: true });
  });
  afterAll(() => database?.close());

  it('claims, sends and marks a message', async () => {
    const { centres, positions, candidates, applications } = await import('../../src/server/db/schema');
    const db = database.db;
    const [centre] = await db.insert(centres).values({ name: 'Centre de santé de Saint-Gilles', communeCode: '30258', departmentCode: '30', status: 'ouvert', openedOn: '2023-04-01' }).returning();
    const [position] = await db.insert(positions).values({ centreId: centre.id, profession: 'infirmier', fte: 1, status: 'ouvert', openedOn: '2024-01-02' }).returning();
    const [candidate] = await db.insert(candidates).values({ firstName: 'Inès', lastName: 'Roux', email: 'ines.roux@example.org', profession: 'infirmier', source: 'site', consentUntil: '2030-01-01' }).returning();
    const [app] = await db.insert(applications).values({ candidateId: candidate.id, positionId: position.id, stage: 'recue', appliedOn: '2024-02-01', stageOn: '2024-02-01' }).returning();
    const email = await db.transaction((tx) => enqueueEmail(tx, { event: 'candidature_recue', applicationId: app.id }, { userId: null }));
    smtp.received.length = 0;
    smtp.verdict = () => 'accept';
    const w = createMailWorker({ db, smtpUrl: smtp.url, from: FROM, log: () => {}, now: () => new Date(Date.now() + 1_000) });
    try {
      expect(await w.runOnce()).toEqual({ sent: 1, failed: 0 });
    } finally {
      await w.stop();
    }
    expect(smtp.received.map((m) => [m.to, m.subject])).toEqual([[['ines.roux@example.org'], 'Accusé de réception de votre candidature\u00a0: Infirmier·e']]);
    expect(smtp.received[0].text).toContain('au poste «\u00a0Infirmier·e\u00a0» (Centre de santé de Saint-Gilles, Saint-Gilles), reçue le 01/02/2024');
    expect(await rowOf(db, email.id)).toMatchObject({ status: 'envoye', attempts: 1 });
  });
});

describe.runIf(inject('postgres'))('two workers on one PostgreSQL database', () => {
  let url: string;
  let drop: () => Promise<void>;
  const databases: NodeDatabase[] = [];
  beforeAll(async () => {
    ({ url, drop } = await createPostgresDatabase(inject('postgresTemplate')));
    for (let i = 0; i < 2; i++) databases.push(await openDatabase({ databaseUrl: url, poolSize: 3 }));
  });
  afterAll(async () => {
    for (const d of databases) await d.close();
    await drop?.();
  });

  it('send each message exactly once, polling the same rows at the same time', async () => {
    const [a, b] = databases;
    // Records straight into the database (no API needed): a centre, a position, candidates, applications.
    const { centres, positions, candidates, applications } = await import('../../src/server/db/schema');
    const [centre] = await a.db.insert(centres).values({ name: 'Centre de santé de Lacaune', communeCode: '81124', departmentCode: '81', status: 'ouvert', openedOn: '2023-02-01' }).returning();
    const [position] = await a.db.insert(positions).values({ centreId: centre.id, profession: 'medecin', title: 'Médecin généraliste', fte: 1, status: 'ouvert', openedOn: '2024-01-02' }).returning();
    const ids: number[] = [];
    for (let n = 0; n < 24; n++) {
      const [candidate] = await a.db
        .insert(candidates)
        .values({ firstName: 'Camille', lastName: `Essai ${n}`, email: `camille.${n}@example.org`, profession: 'medecin', source: 'site', consentUntil: '2030-01-01' })
        .returning();
      const [app] = await a.db.insert(applications).values({ candidateId: candidate.id, positionId: position.id, stage: 'refusee', appliedOn: '2024-02-01', stageOn: '2024-03-01' }).returning();
      ids.push((await queue(a.db, app.id, `Message ${n}`)).id);
    }
    smtp.received.length = 0;
    smtp.verdict = () => 'accept';
    // The first message is held by the server until a second one arrives: since a worker sends one
    // message at a time, the second can only come from the other worker, so both run at once.
    smtp.hold = (n) => (n <= 2 ? barrier() : Promise.resolve());
    const released: (() => void)[] = [];
    const barrier = () => new Promise<void>((resolve) => (released.push(resolve) === 2 ? released.forEach((r) => r()) : undefined));
    // Small batches, so that the two workers' claims interleave over many rounds.
    const options = { smtpUrl: smtp.url, from: FROM, batchSize: 2, log: () => {} };
    const one = createMailWorker({ ...options, db: a.db });
    const two = createMailWorker({ ...options, db: b.db });
    try {
      const results = await Promise.all([one.runOnce(), two.runOnce(), one.runOnce(), two.runOnce()]);
      // A second call during a run joins it: each worker's two calls are one run.
      expect(results[0]).toBe(results[2]);
      expect(results[0].sent + results[1].sent).toBe(24);
      expect(results[0].failed + results[1].failed).toBe(0);
      // Both took part (held by the server until both were sending).
      expect(results[0].sent).toBeGreaterThan(0);
      expect(results[1].sent).toBeGreaterThan(0);
      expect(await Promise.all([one.runOnce(), two.runOnce()])).toEqual([{ sent: 0, failed: 0 }, { sent: 0, failed: 0 }]);
    } finally {
      smtp.hold = undefined;
      await one.stop();
      await two.stop();
    }
    const subjects = smtp.received.map((m) => m.subject).sort();
    expect(subjects).toEqual(Array.from({ length: 24 }, (_, n) => `Message ${n}`).sort());
    const rows = await a.db.select().from(emails).where(inArray(emails.id, ids));
    expect(rows.every((r) => r.status === 'envoye' && r.attempts === 1)).toBe(true);
  });
});
