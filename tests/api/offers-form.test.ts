import { count, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { addYears } from '../../src/domain/calendar';
import { CURRENT_CONSENT_VERSION } from '../../src/domain/consent';
import { MAX_DOCUMENT_BYTES } from '../../src/domain/file-types';
import * as t from '../../src/server/db/schema';
import { documentFile } from '../../src/server/files/store';
import { ALREADY_APPLIED } from '../../src/server/offers/apply';
import { describeEachDatabase, type ApiFixture } from '../support/database';
import { sampleFiles } from '../support/files';
import { onlineOffer, parseHtml, textOf, today } from '../support/offers';
import { insertFixtures, rpps, type Fixtures } from './fixtures';

/**
 * POST /offres/<id>/candidature: an application lands in the pipeline in one transaction (candidate,
 * application at « reçue », CV, consent, audit), or nothing is written and the form comes back with
 * the typed values and a French message per field — on PGlite and PostgreSQL.
 */

let lastAddress = 0;
/** A client address of its own per call site, so that the per-address limit only bites where it is tested. */
const newAddress = () => `198.51.100.${++lastAddress}`;

const person = (overrides: Record<string, string> = {}) => ({
  firstName: 'Camille',
  lastName: 'Durand',
  email: 'camille.durand@exemple.fr',
  phone: '06 11 22 33 44',
  profession: 'medecin',
  rpps: rpps('1000555666'),
  message: 'Disponible dès janvier.\nJe connais bien le Tarn.',
  consent: CURRENT_CONSENT_VERSION,
  ...overrides,
});

async function submit(
  fx: ApiFixture,
  id: number,
  fields: Record<string, string>,
  cv: { bytes: Uint8Array; name: string } | null = { bytes: sampleFiles.pdf(), name: 'cv.pdf' },
  address = newAddress(),
  headers: Record<string, string> = {},
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  if (cv) form.set('cv', new File([cv.bytes as Uint8Array<ArrayBuffer>], cv.name, { type: 'application/pdf' }));
  const res = await fx.app.request(`/offres/${id}/candidature`, { method: 'POST', body: form, headers }, { incoming: { socket: { remoteAddress: address } } });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, doc: parseHtml(text) };
}

async function counts(fx: ApiFixture) {
  const db = fx.database.db;
  const n = async (table: Parameters<typeof db.select>[0] extends never ? never : any) => (await db.select({ n: count() }).from(table))[0].n;
  return {
    candidates: await n(t.candidates),
    applications: await n(t.applications),
    stages: await n(t.applicationStages),
    documents: await n(t.documents),
    consents: await n(t.consents),
    emails: await n(t.emails),
    audit: await n(t.auditEntries),
  };
}

describeEachDatabase('the public application form', (fx) => {
  let f: Fixtures;
  let offerId: number;
  let otherId: number;
  const setup = async () => {
    if (f) return;
    f = await insertFixtures(fx.call);
    offerId = (await onlineOffer(fx, f.centres.lacaune.id, { title: 'Médecin généraliste — Lacaune' })).id;
    otherId = (await onlineOffer(fx, f.centres.scv.id, { title: 'Sage-femme — Sainte-Croix', profession: 'sage_femme' })).id;
  };

  /** A refused form: 400, the summary lists the fields, each message next to its field, nothing written. */
  async function expectRefused(res: Awaited<ReturnType<typeof submit>>, errors: Record<string, string | RegExp>, before: Awaited<ReturnType<typeof counts>>) {
    expect(res.status, res.text.slice(0, 200)).toBe(400);
    expect(res.doc.title).toMatch(/^Erreur : /);
    const summary = res.doc.querySelector('.summary')!;
    expect(summary.getAttribute('role')).toBe('alert');
    for (const [field, message] of Object.entries(errors)) {
      if (field === 'form') {
        expect(textOf(summary)).toMatch(message);
        continue;
      }
      expect(summary.querySelector(`a[href="#${field}"]`), field).not.toBeNull();
      const error = res.doc.getElementById(`${field}-error`)!;
      expect(textOf(error)).toMatch(message);
      const input = res.doc.getElementById(field)!;
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(input.getAttribute('aria-describedby')).toContain(`${field}-error`);
    }
    expect(summary.querySelectorAll('li').length).toBe(Object.keys(errors).length);
    expect(await counts(fx)).toEqual(before);
  }

  it('shows the form on the offer’s page, labelled, with the versioned consent', async () => {
    await setup();
    const doc = parseHtml(await (await fx.app.request(`/offres/${offerId}`)).text());
    const form = doc.querySelector('form.apply')!;
    expect(form.getAttribute('method')).toBe('post');
    expect(form.getAttribute('enctype')).toBe('multipart/form-data');
    expect(form.getAttribute('action')).toBe(`/offres/${offerId}/candidature#candidature`);
    for (const name of ['firstName', 'lastName', 'email', 'phone', 'profession', 'rpps', 'message', 'cv', 'consent']) {
      expect(doc.querySelector(`label[for=${name}]`), name).not.toBeNull();
      expect(doc.getElementById(name)!.getAttribute('name')).toBe(name);
    }
    expect((doc.getElementById('consent') as HTMLInputElement).getAttribute('value')).toBe(CURRENT_CONSENT_VERSION);
    expect(textOf(doc.querySelector('label[for=consent]'))).toMatch(/^J’accepte que le GIP « Ma santé, Ma Région » enregistre ma candidature/);
    const trap = doc.getElementById('website')!;
    expect(trap.getAttribute('tabindex')).toBe('-1');
    expect(trap.getAttribute('autocomplete')).toBe('off');
    expect(trap.closest('[aria-hidden=true]')).not.toBeNull();
  });

  it('lands a new candidate in the pipeline: candidate, application at « reçue », the CV (same bytes), the consent, the audit; then the confirmation (303)', async () => {
    await setup();
    const before = await counts(fx);
    const cv = sampleFiles.pdf();
    const res = await submit(fx, offerId, person(), { bytes: cv, name: 'Mon CV.pdf' });
    expect(res.status, res.text.slice(0, 300)).toBe(303);
    expect(res.headers.get('location')).toBe(`/offres/${offerId}/merci`);
    const after = await counts(fx);
    expect(after).toEqual({ ...before, candidates: before.candidates + 1, applications: before.applications + 1, stages: before.stages + 1, documents: before.documents + 1, consents: before.consents + 1, emails: before.emails + 1, audit: before.audit + 5 });

    const db = fx.database.db;
    const [candidate] = await db.select().from(t.candidates).where(eq(t.candidates.email, 'camille.durand@exemple.fr'));
    expect(candidate).toMatchObject({ firstName: 'Camille', lastName: 'Durand', phone: '06 11 22 33 44', profession: 'medecin', rpps: rpps('1000555666'), source: 'site', consentUntil: addYears(today, 2) });
    expect(candidate.notes).toMatch(/^\d\d\/\d\d\/\d{4} \(candidature en ligne\) : Disponible dès janvier\.\nJe connais bien le Tarn\.$/);
    const [application] = await db.select().from(t.applications).where(eq(t.applications.candidateId, candidate.id));
    expect(application).toMatchObject({ positionId: offerId, stage: 'recue', appliedOn: today, stageOn: today });
    const [document] = await db.select({ id: t.documents.id, kind: t.documents.kind, applicationId: t.documents.applicationId, fileName: t.documents.fileName }).from(t.documents).where(eq(t.documents.candidateId, candidate.id));
    expect(document).toMatchObject({ kind: 'cv', applicationId: application.id, fileName: 'Mon CV.pdf' });
    expect(Buffer.from((await documentFile(db, document.id)).content)).toEqual(Buffer.from(cv));
    const [consent] = await db.select().from(t.consents).where(eq(t.consents.candidateId, candidate.id));
    expect(consent).toMatchObject({ version: CURRENT_CONSENT_VERSION, channel: 'formulaire_offre' });
    expect(Date.now() - Date.parse(consent.givenAt)).toBeLessThan(60_000);
    const audit = await db.select().from(t.auditEntries).where(eq(t.auditEntries.action, 'create'));
    const mine = audit.filter((a) => (a.resource === 'candidates' && a.recordId === candidate.id) || (a.resource === 'applications' && a.recordId === application.id) || (a.resource === 'documents' && a.recordId === document.id) || (a.resource === 'consents' && a.recordId === consent.id));
    expect(mine).toHaveLength(4);
    expect(mine.every((a) => a.userId === null)).toBe(true);
    // The acknowledgement, queued in the same transaction from HR's template, to the candidate.
    const [ack] = await db.select().from(t.emails).where(eq(t.emails.applicationId, application.id));
    expect(ack).toMatchObject({ to: 'camille.durand@exemple.fr', event: 'candidature_recue', status: 'en_attente', candidateId: candidate.id });
    expect(ack.body).toContain('Camille');
    // HR sees them through the API.
    const hr = await fx.call('GET', `/api/applications/${application.id}`);
    expect(hr.body.stageHistory).toEqual([{ stage: 'recue', on: today }]);

    // The confirmation reveals no personal data.
    const confirmation = await fx.app.request(`/offres/${offerId}/merci`);
    const page = await confirmation.text();
    expect(confirmation.status).toBe(200);
    expect(textOf(parseHtml(page).querySelector('h1'))).toBe('Candidature envoyée');
    for (const secret of ['Camille', 'Durand', 'camille.durand']) expect(page).not.toContain(secret);
  });

  it('attaches the application to a known candidate by e-mail (any case), appending the message to the notes', async () => {
    await setup();
    const before = await counts(fx);
    const res = await submit(fx, offerId, person({ firstName: 'Elodie', email: 'Elodie.Martin@Example.org', rpps: '', message: 'Je souhaite revenir dans le Tarn.' }));
    expect(res.status, res.text.slice(0, 300)).toBe(303);
    const after = await counts(fx);
    expect(after.candidates).toBe(before.candidates);
    expect(after.applications).toBe(before.applications + 1);
    const [elodie] = await fx.database.db.select().from(t.candidates).where(eq(t.candidates.id, f.candidates.elodie.id));
    expect(elodie.firstName).toBe('Élodie');
    expect(elodie.notes).toMatch(/\(candidature en ligne\) : Je souhaite revenir dans le Tarn\.$/);
    expect(elodie.consentUntil).toBe(addYears(today, 2));
    expect(elodie.version).toBe(f.candidates.elodie.version + 1);
    const mine = await fx.database.db.select().from(t.applications).where(eq(t.applications.candidateId, elodie.id));
    expect(mine.map((a) => a.positionId)).toContain(offerId);
  });

  it('attaches it to a known candidate by RPPS when the e-mail is new', async () => {
    await setup();
    const before = await counts(fx);
    const res = await submit(fx, offerId, person({ firstName: 'Inès', lastName: 'Benali', email: 'ines.nouvelle@exemple.fr', profession: 'sage_femme', rpps: f.candidates.ines.rpps, message: '' }));
    expect(res.status, res.text.slice(0, 300)).toBe(303);
    expect((await counts(fx)).candidates).toBe(before.candidates);
    const mine = await fx.database.db.select().from(t.applications).where(eq(t.applications.candidateId, f.candidates.ines.id));
    expect(mine.map((a) => a.positionId)).toContain(offerId);
    // Their e-mail on file is kept as HR knows it.
    const [ines] = await fx.database.db.select().from(t.candidates).where(eq(t.candidates.id, f.candidates.ines.id));
    expect(ines.email).toBe('ines.benali@example.org');
  });

  it('refuses a missing consent, a bad e-mail, a bad RPPS key, empty names, with the typed values kept (not the file)', async () => {
    await setup();
    const before = await counts(fx);
    const res = await submit(fx, offerId, person({ firstName: '', email: 'camille@', rpps: '10005556660', consent: '', message: 'Mon message <b>gras</b>' }));
    await expectRefused(res, {
      firstName: 'Indiquez votre prénom',
      email: 'Adresse électronique invalide : le format attendu est nom@exemple.fr',
      rpps: 'Clé de contrôle du numéro RPPS invalide',
      consent: /^Erreur : Cochez cette case/,
      cv: /Joignez à nouveau votre CV/,
    }, before);
    expect(res.doc.getElementById('lastName')!.getAttribute('value')).toBe('Durand');
    expect(res.doc.getElementById('email')!.getAttribute('value')).toBe('camille@');
    expect(res.doc.getElementById('rpps')!.getAttribute('value')).toBe('10005556660');
    expect(res.doc.getElementById('message')!.textContent).toBe('Mon message <b>gras</b>');
    expect(res.doc.getElementById('consent')!.hasAttribute('checked')).toBe(false);
    expect(res.doc.querySelector('#profession option[selected]')!.getAttribute('value')).toBe('medecin');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses a CV by its content, size or absence, and says why', async () => {
    await setup();
    const before = await counts(fx);
    await expectRefused(await submit(fx, offerId, person(), { bytes: sampleFiles.executable(), name: 'cv.pdf' }), { cv: /Format non accepté : le fichier doit être un PDF, Word \(DOCX\), OpenDocument \(ODT\), JPEG ou PNG/ }, before);
    await expectRefused(await submit(fx, offerId, person(), null), { cv: 'Erreur : Joignez votre CV' }, before);
    await expectRefused(await submit(fx, offerId, person(), { bytes: new Uint8Array(0), name: 'vide.pdf' }), { cv: 'Erreur : Joignez votre CV' }, before);
    const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    big.set(new TextEncoder().encode('%PDF-1.4\n'));
    await expectRefused(await submit(fx, offerId, person(), { bytes: big, name: 'gros.pdf' }), { cv: /^Erreur : Le fichier dépasse 10 Mo/ }, before);
  });

  it('answers a French 413 page past the route’s body limit, before reading it', async () => {
    await setup();
    const before = await counts(fx);
    const res = await fx.app.request(`/offres/${offerId}/candidature`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(12 * 1024 * 1024) },
      body: 'x',
    });
    expect(res.status).toBe(413);
    expect(textOf(parseHtml(await res.text()).querySelector('h1'))).toBe('Envoi trop volumineux');
    expect(await counts(fx)).toEqual(before);
  });

  it('refuses a second application to the same offer with a clear message, writing nothing', async () => {
    await setup();
    const first = await submit(fx, otherId, person({ email: 'lou.bernard@exemple.fr', rpps: '', profession: 'sage_femme' }));
    expect(first.status).toBe(303);
    const before = await counts(fx);
    const again = await submit(fx, otherId, person({ email: 'LOU.BERNARD@exemple.fr', rpps: '', profession: 'sage_femme' }));
    await expectRefused(again, { form: ALREADY_APPLIED }, before);
    expect(again.doc.getElementById('email')!.getAttribute('value')).toBe('LOU.BERNARD@exemple.fr');
  });

  it('answers a filled honeypot like a person, and stores nothing', async () => {
    await setup();
    const before = await counts(fx);
    const res = await submit(fx, offerId, person({ email: 'robot@exemple.fr', website: 'http://spam.example' }));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/offres/${offerId}/merci`);
    expect(await counts(fx)).toEqual(before);
  });

  it('takes 5 applications an hour from one address: the 6th is a French 429 page with Retry-After, and nothing of it is written', async () => {
    await setup();
    const address = '203.0.113.9';
    const offers = [];
    for (let k = 0; k < 6; k++) offers.push((await onlineOffer(fx, f.centres.lacaune.id, { title: `Poste ${k}` })).id);
    for (let k = 0; k < 5; k++) {
      const res = await submit(fx, offers[k], person({ email: `personne${k}@exemple.fr`, rpps: '' }), undefined, address);
      expect(res.status, `application ${k + 1}`).toBe(303);
    }
    const before = await counts(fx);
    // X-Forwarded-For from a peer that is not a trusted proxy is not believed: no escape by rotating it.
    const sixth = await submit(fx, offers[5], person({ email: 'personne5@exemple.fr', rpps: '' }), undefined, address, { 'x-forwarded-for': '192.0.2.77' });
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(3000);
    expect(Number(sixth.headers.get('retry-after'))).toBeLessThanOrEqual(3600);
    expect(textOf(sixth.doc.querySelector('h1'))).toBe('Trop de candidatures envoyées');
    expect(textOf(sixth.doc.querySelector('.notice'))).toMatch(/réessayez dans \d+ minutes/);
    expect(await counts(fx)).toEqual(before);
    // Another address is not held back.
    expect((await submit(fx, offers[5], person({ email: 'personne5@exemple.fr', rpps: '' }))).status).toBe(303);
  });

  it('answers whatever an anonymous visitor sends with a French 400 form, never a 500', async () => {
    await setup();
    const before = await counts(fx);
    const post = (body: BodyInit, contentType: string) =>
      fx.app.request(`/offres/${offerId}/candidature`, { method: 'POST', body, headers: { 'content-type': contentType } }, { incoming: { socket: { remoteAddress: newAddress() } } });
    for (const [body, type] of [
      ['--x\r\nnot a part', 'multipart/form-data; boundary=x'],
      ['{"firstName":"Camille"}', 'application/json'],
      ['firstName=Camille&cv=texte', 'application/x-www-form-urlencoded'],
      ['\u0000\u0001', 'multipart/form-data'],
    ] as const) {
      const res = await post(body, type);
      expect(res.status, `${type}: ${body}`).toBe(400);
      expect(textOf(parseHtml(await res.text()).querySelector('.summary'))).toMatch(/Le formulaire contient/);
    }
    const long = await submit(fx, offerId, person({ firstName: 'x'.repeat(50_000), message: 'y'.repeat(5000), phone: 'abc', profession: 'pilote' }));
    expect(long.status).toBe(400);
    expect(textOf(long.doc.getElementById('firstName-error'))).toBe('Erreur : 100 caractères au plus');
    expect(textOf(long.doc.getElementById('message-error'))).toBe('Erreur : 4000 caractères au plus');
    expect(textOf(long.doc.getElementById('phone-error'))).toBe('Erreur : Numéro de téléphone invalide');
    expect(textOf(long.doc.getElementById('profession-error'))).toBe('Erreur : Choisissez votre profession');
    expect(await counts(fx)).toEqual(before);
  });

  it('refuses applications to an unknown or closed offer (404, 410)', async () => {
    await setup();
    const before = await counts(fx);
    expect((await submit(fx, 999999, person())).status).toBe(404);
    expect((await submit(fx, f.positions.scvMedecin.id, person())).status).toBe(410);
    expect(await counts(fx)).toEqual(before);
  });
});
