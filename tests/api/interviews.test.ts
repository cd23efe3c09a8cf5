import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import * as t from '../../src/server/db/schema';
import { INVALID_DATETIME, OFFSET_REQUIRED } from '../../src/domain/datetime';
import { unfold } from '../../src/domain/ics';
import { NOT_ON_PANEL } from '../../src/domain/resources/interview-feedback';
import { PANEL_ROLE_REFUSAL } from '../../src/domain/resources/interviews';
import { describeEachDatabase, type Client } from '../support/database';

const ids = { hr: 0, hr2: 0, region: 0, member: 0, admin: 0, application: 0, member0: 0 };
const clients = {} as Record<'hr' | 'hr2' | 'region' | 'member', Client>;

const interview = (over: Record<string, unknown> = {}) => ({
  applicationId: ids.application,
  startsAt: '2026-12-10T14:30:00+01:00',
  durationMinutes: 60,
  location: 'Centre de santé de Saint-Girons, salle 2',
  panelUserIds: [ids.hr],
  status: 'prevu',
  ...over,
});

describeEachDatabase(
  'interviews, panel feedback and the invitation (.ics)',
  (fx) => {
    const count = async (path: string) => Number((await fx.call('GET', `${path}?range=[0,0]`)).headers.get('content-range')?.split('/')[1]);

    it('stores the instant and answers it in France’s time with its offset (the same instant however it was sent)', async () => {
      const created = await fx.call('POST', '/api/interviews', interview({ startsAt: '2026-12-10T13:30:00Z', panelUserIds: [ids.hr, ids.admin] }));
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ startsAt: '2026-12-10T14:30:00+01:00', durationMinutes: 60, status: 'prevu', version: 1 });
      expect(created.body.panelUserIds.sort()).toEqual([ids.hr, ids.admin].sort());
      expect(created.body.positionLabel).toMatch(/Médecin|médecin/);
      expect(created.body.candidateId).toEqual(expect.any(Number));
      const summer = await fx.call('POST', '/api/interviews', interview({ startsAt: '2026-07-01T10:00:00+02:00' }));
      expect(summer.body.startsAt).toBe('2026-07-01T10:00:00+02:00');
      const range = await fx.call('GET', `/api/interviews?filter=${encodeURIComponent(JSON.stringify({ startsAt_gte: '2026-07-01T00:00:00+02:00', startsAt_lte: '2026-07-02T00:00:00+02:00' }))}`);
      expect(range.body.map((r: { id: number }) => r.id)).toEqual([summer.body.id]);
      const byPanel = await fx.call('GET', `/api/interviews?filter=${encodeURIComponent(JSON.stringify({ panelUserIds: ids.admin }))}`);
      expect(byPanel.body.map((r: { id: number }) => r.id)).toEqual([created.body.id]);
      const byCandidate = await fx.call('GET', `/api/interviews?filter=${encodeURIComponent(JSON.stringify({ candidateId: created.body.candidateId }))}`);
      expect(byCandidate.body.length).toBeGreaterThanOrEqual(2);
    });

    it('queues the candidate\'s invitation with its .ics when an interview is planned or moved, not when it is only marked done', async () => {
      const invitations = async (id: number) =>
        (await fx.database.db.select().from(t.emails).where(eq(t.emails.applicationId, ids.application)))
          .filter((e) => e.event === 'invitation_entretien' && (e.attachments as { content: string }[])[0]?.content.includes(`UID:interview-${id}@maillage`));
      const created = (await fx.call('POST', '/api/interviews', interview({ startsAt: '2026-12-11T09:00:00+01:00' }))).body;
      let sent = await invitations(created.id);
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatchObject({ status: 'en_attente', candidateId: created.candidateId });
      expect(sent[0].body).toContain('9\u00a0h');
      const [ics] = sent[0].attachments as { fileName: string; mediaType: string; content: string }[];
      expect(ics).toMatchObject({ fileName: 'entretien.ics', mediaType: 'text/calendar; charset=utf-8; method=REQUEST' });
      expect(unfold(ics.content)).toContain('DTSTART;TZID=Europe/Paris:20261211T090000');

      const moved = (await fx.call('PUT', `/api/interviews/${created.id}`, { ...interview({ startsAt: '2026-12-11T10:30:00+01:00' }), version: created.version })).body;
      sent = await invitations(created.id);
      expect(sent).toHaveLength(2);
      const latest = sent.sort((a, b) => a.id - b.id)[1].attachments as { content: string }[];
      expect(unfold(latest[0].content)).toMatch(/DTSTART;TZID=Europe\/Paris:20261211T103000[\s\S]*SEQUENCE:1/);

      await fx.call('PUT', `/api/interviews/${created.id}`, { ...interview({ startsAt: '2026-12-11T10:30:00+01:00', status: 'fait' }), version: moved.version });
      expect(await invitations(created.id)).toHaveLength(2);
    });

    it('refuses a time without offset or an invalid one, a duration outside 15–480 minutes and an unknown status, in French, writing nothing', async () => {
      const before = await count('/api/interviews');
      const cases: [Record<string, unknown>, string, string | RegExp][] = [
        [{ startsAt: '2026-12-10T14:30:00' }, 'startsAt', OFFSET_REQUIRED],
        [{ startsAt: '2026-12-10 14:30' }, 'startsAt', OFFSET_REQUIRED],
        [{ startsAt: '2026-02-30T14:30:00+01:00' }, 'startsAt', INVALID_DATETIME],
        [{ startsAt: 'mardi prochain' }, 'startsAt', INVALID_DATETIME],
        [{ startsAt: null }, 'startsAt', INVALID_DATETIME],
        [{ durationMinutes: 14 }, 'durationMinutes', 'Au moins 15 minutes'],
        [{ durationMinutes: 481 }, 'durationMinutes', /Au plus 480 minutes/],
        [{ durationMinutes: 30.5 }, 'durationMinutes', 'Durée en minutes entières'],
        [{ status: 'reporte' }, 'status', 'Valeur non reconnue'],
        [{ location: '' }, 'location', 'Obligatoire'],
        [{ location: 'x'.repeat(501) }, 'location', '500 caractères au plus'],
        [{ panelUserIds: [ids.hr, ids.hr] }, 'panelUserIds', /deux fois/],
      ];
      for (const [over, field, message] of cases) {
        const reply = await fx.call('POST', '/api/interviews', interview(over));
        expect(reply.status, JSON.stringify(over)).toBe(400);
        expect(reply.body.errors[field]).toMatch(message);
      }
      for (const ok of [15, 480]) expect((await fx.call('POST', '/api/interviews', interview({ durationMinutes: ok }))).status).toBe(201);
      expect(await count('/api/interviews')).toBe(before + 2);
    });

    it('takes only active hr or admin accounts on the panel', async () => {
      const before = await count('/api/interviews');
      for (const panel of [[ids.region], [ids.member], [ids.hr, ids.member], [999_999]]) {
        const reply = await fx.call('POST', '/api/interviews', interview({ panelUserIds: panel }));
        expect(reply.status).toBe(400);
        expect(reply.body.errors.panelUserIds).toBe(PANEL_ROLE_REFUSAL);
      }
      expect(await count('/api/interviews')).toBe(before);
      const unknownApplication = await fx.call('POST', '/api/interviews', interview({ applicationId: 999_999 }));
      expect(unknownApplication.status).toBe(400);
      expect(unknownApplication.body.errors.applicationId).toBe('Candidature inconnue');
      // Changing the panel replaces it; the version moves on.
      const created = (await fx.call('POST', '/api/interviews', interview())).body;
      const changed = await fx.call('PUT', `/api/interviews/${created.id}`, { ...created, panelUserIds: [ids.hr2, ids.admin], status: 'fait' });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ status: 'fait', version: 2 });
      expect(changed.body.panelUserIds.sort()).toEqual([ids.hr2, ids.admin].sort());
    });

    it('offers hr the accounts a panel may hold (active hr and admin, name only) in the shapes of a list and a getMany', async () => {
      const list = await clients.hr.call('GET', '/api/interviewers');
      expect(list.status).toBe(200);
      expect(list.headers.get('content-range')).toBe(`interviewers 0-${list.body.length - 1}/${list.body.length}`);
      expect(new Set(list.body.map((u: { id: number }) => u.id))).toEqual(new Set([ids.admin, ids.hr, ids.hr2]));
      expect(Object.keys(list.body[0]).sort()).toEqual(['id', 'name', 'role']);
      const many = await clients.hr.call('GET', `/api/interviewers?filter=${encodeURIComponent(JSON.stringify({ id: [ids.hr2, ids.region] }))}`);
      expect(many.body.map((u: { id: number }) => u.id)).toEqual([ids.hr2]);
      const searched = await clients.hr.call('GET', `/api/interviewers?filter=${encodeURIComponent(JSON.stringify({ q: 'RH2' }))}`);
      expect(searched.body.map((u: { id: number }) => u.id)).toEqual([ids.hr2]);
      expect((await clients.hr.call('GET', '/api/interviewers?filter=%7Bnope')).status).toBe(400);
      for (const who of ['region', 'member'] as const) expect((await clients[who].call('GET', '/api/interviewers')).status).toBe(403);
    });

    it('lets hr and admin plan interviews; region and member are refused (403) and nothing is written', async () => {
      const byHr = await clients.hr.call('POST', '/api/interviews', interview());
      expect(byHr.status).toBe(201);
      for (const who of ['region', 'member'] as const) {
        const before = await count('/api/interviews');
        expect((await clients[who].call('POST', '/api/interviews', interview())).status).toBe(403);
        expect((await clients[who].call('GET', '/api/interviews')).status).toBe(403);
        expect((await clients[who].call('GET', `/api/interviews/${byHr.body.id}/ics`)).status).toBe(403);
        expect(await count('/api/interviews')).toBe(before);
      }
      expect((await fx.anonymous.call('GET', `/api/interviews/${byHr.body.id}/ics`)).status).toBe(401);
    });

    it('feedback: one per panel member, written by that member only (author from the session), rating 1 to 5', async () => {
      const planned = (await fx.call('POST', '/api/interviews', interview({ panelUserIds: [ids.hr, ids.admin] }))).body;
      // A userId sent by the client is ignored: the author is the session's account.
      const mine = await clients.hr.call('POST', '/api/interview-feedback', { interviewId: planned.id, rating: 4, comment: 'Très bon échange.\nÀ revoir : disponibilités.', userId: ids.admin });
      expect(mine.status).toBe(201);
      expect(mine.body).toMatchObject({ interviewId: planned.id, userId: ids.hr, rating: 4 });
      // Twice by the same person: refused, the first stands.
      const twice = await clients.hr.call('POST', '/api/interview-feedback', { interviewId: planned.id, rating: 2 });
      expect(twice.status).toBe(400);
      expect(twice.body.errors.interviewId).toMatch(/déjà donné votre avis/);
      // Not on the panel: refused, nothing written.
      const outsider = await clients.hr2.call('POST', '/api/interview-feedback', { interviewId: planned.id, rating: 5 });
      expect(outsider.status).toBe(403);
      expect(outsider.body.message).toBe(NOT_ON_PANEL);
      for (const rating of [0, 6, 3.5, 'cinq', null]) {
        const reply = await fx.call('POST', '/api/interview-feedback', { interviewId: planned.id, rating });
        expect(reply.status, String(rating)).toBe(400);
        expect(reply.body.errors.rating).toBeTruthy();
      }
      const list = await fx.call('GET', `/api/interview-feedback?filter=${encodeURIComponent(JSON.stringify({ interviewId: planned.id }))}`);
      expect(list.body.map((f: { userId: number }) => f.userId)).toEqual([ids.hr]);
      // Only its author changes or deletes it; the admin reads it but may not rewrite it.
      const byAdmin = await fx.call('PUT', `/api/interview-feedback/${mine.body.id}`, { ...mine.body, rating: 1 });
      expect(byAdmin.status).toBe(403);
      expect((await fx.call('DELETE', `/api/interview-feedback/${mine.body.id}`)).status).toBe(403);
      const edited = await clients.hr.call('PUT', `/api/interview-feedback/${mine.body.id}`, { ...mine.body, rating: 5 });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ rating: 5, userId: ids.hr, version: 2 });
      const moved = await clients.hr.call('PUT', `/api/interview-feedback/${mine.body.id}`, { ...edited.body, interviewId: planned.id + 1 });
      expect(moved.status).toBe(400);
      // The region and members neither read nor write feedback.
      expect((await clients.region.call('GET', '/api/interview-feedback')).status).toBe(403);
      expect((await clients.member.call('POST', '/api/interview-feedback', { interviewId: planned.id, rating: 3 })).status).toBe(403);
      // The admin, on the panel too, gives their own.
      expect((await fx.call('POST', '/api/interview-feedback', { interviewId: planned.id, rating: 3 })).status).toBe(201);
      const audit = await fx.call('GET', `/api/audit?filter=${encodeURIComponent(JSON.stringify({ resource: 'interview-feedback', recordId: mine.body.id }))}`);
      expect(audit.body.map((e: { action: string }) => e.action).sort()).toEqual(['create', 'denied', 'denied', 'update']);
    });

    it('answers the invitation as text/calendar: UID stable per interview, DTSTART in Paris time, SEQUENCE from the version, CANCELLED when cancelled', async () => {
      const planned = (await fx.call('POST', '/api/interviews', interview({ startsAt: '2026-10-25T10:00:00+01:00', durationMinutes: 45, location: 'Visio : https://visio.exemple.fr/salle?id=42;code=7', panelUserIds: [ids.hr, ids.admin] }))).body;
      const first = await clients.hr.call('GET', `/api/interviews/${planned.id}/ics`);
      expect(first.status).toBe(200);
      expect(first.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      expect(first.headers.get('content-disposition')).toBe(`attachment; filename="entretien-${planned.id}.ics"`);
      const text: string = first.body;
      expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
      expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
      for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      const lines = unfold(text).split('\r\n');
      expect(lines).toContain(`UID:interview-${planned.id}@maillage`);
      expect(lines).toContain('DTSTART;TZID=Europe/Paris:20261025T100000');
      expect(lines).toContain('DURATION:PT45M');
      expect(lines).toContain('SEQUENCE:0');
      expect(lines).toContain('STATUS:CONFIRMED');
      expect(lines).toContain('METHOD:REQUEST');
      expect(lines.find((l) => l.startsWith('SUMMARY'))).toMatch(/^SUMMARY;LANGUAGE=fr:Entretien — .*[Mm]édecin/);
      expect(lines).toContain('LOCATION:Visio : https://visio.exemple.fr/salle?id=42\\;code=7');
      expect(lines.find((l) => l.startsWith('DTSTAMP:'))).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);
      expect(lines.filter((l) => l.startsWith('ATTENDEE')).length).toBe(3);
      const cancelled = await fx.call('PUT', `/api/interviews/${planned.id}`, { ...planned, status: 'annule' });
      const again = unfold((await fx.call('GET', `/api/interviews/${planned.id}/ics`)).body).split('\r\n');
      expect(again).toContain(`UID:interview-${planned.id}@maillage`);
      expect(again).toContain(`SEQUENCE:${cancelled.body.version - 1}`);
      expect(again).toContain('STATUS:CANCELLED');
      expect((await fx.call('GET', '/api/interviews/999999/ics')).status).toBe(404);
      expect((await fx.call('GET', '/api/interviews/abc/ics')).status).toBe(404);
    });

    it('the HR dashboard’s upcoming interviews: planned ones of the next 14 days, soonest first; hr and admin only', async () => {
      const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();
      // Earlier tests planned interviews on 10/12/2026, which may fall in the window: counted from here.
      const before = (await clients.hr.call('GET', '/api/stats/interviews')).body.total as number;
      const soon = (await fx.call('POST', '/api/interviews', interview({ startsAt: inDays(2) }))).body;
      const sooner = (await fx.call('POST', '/api/interviews', interview({ startsAt: inDays(1) }))).body;
      const others = [
        (await fx.call('POST', '/api/interviews', interview({ startsAt: inDays(3), status: 'annule' }))).body.id,
        (await fx.call('POST', '/api/interviews', interview({ startsAt: inDays(15) }))).body.id,
        (await fx.call('POST', '/api/interviews', interview({ startsAt: inDays(-0.01) }))).body.id,
      ];
      const reply = await clients.hr.call('GET', '/api/stats/interviews');
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({ horizonDays: 14, total: before + 2 });
      const listed = reply.body.items.map((i: { id: number }) => i.id);
      expect(listed.filter((id: number) => id === sooner.id || id === soon.id)).toEqual([sooner.id, soon.id]);
      expect(listed.filter((id: number) => others.includes(id))).toEqual([]);
      const times = reply.body.items.map((i: { startsAt: string }) => Date.parse(i.startsAt));
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      expect(reply.body.items.find((i: { id: number }) => i.id === sooner.id)).toMatchObject({ candidateName: 'Camille Martin', startsAt: sooner.startsAt, positionLabel: expect.stringMatching(/[Mm]édecin/) });
      expect((await fx.call('GET', '/api/stats/interviews')).status).toBe(200);
      expect((await clients.region.call('GET', '/api/stats/interviews')).status).toBe(403);
      expect((await clients.member.call('GET', '/api/stats/interviews')).status).toBe(403);
      // Outside the department filter's centres: none.
      expect((await clients.hr.call('GET', '/api/stats/interviews?department=81')).body.total).toBe(0);
      expect((await clients.hr.call('GET', '/api/stats/interviews?department=09')).body.total).toBe(before + 2);
    });

    it('an application with interviews cannot be deleted (409 naming them); deleting an interview takes its panel and feedback with it', async () => {
      const planned = (await fx.call('POST', '/api/interviews', interview({ panelUserIds: [ids.admin] }))).body;
      expect((await fx.call('POST', '/api/interview-feedback', { interviewId: planned.id, rating: 4 })).status).toBe(201);
      const refused = await fx.call('DELETE', `/api/applications/${ids.application}`);
      expect(refused.status).toBe(409);
      expect(refused.body.message).toMatch(/des entretiens/);
      expect((await fx.call('DELETE', `/api/interviews/${planned.id}`)).status).toBe(200);
      const left = await fx.call('GET', `/api/interview-feedback?filter=${encodeURIComponent(JSON.stringify({ interviewId: planned.id }))}`);
      expect(left.body).toEqual([]);
    });
  },
  async (fx) => {
    const post = async (path: string, body: unknown) => {
      const reply = await fx.call('POST', path, body);
      if (reply.status !== 201) throw new Error(`${path}: ${reply.status} ${JSON.stringify(reply.body)}`);
      return reply.body.id as number;
    };
    ids.admin = fx.identity!.id;
    const member = await post('/api/members', { name: 'CC de la Haute Ariège', college: 3, kind: 'epci', siren: '200066363', departmentCode: '09', joinedOn: '2022-06-17', status: 'actif' });
    const centre = await post('/api/centres', { name: 'Centre de santé de Saint-Girons', communeCode: '09261', status: 'ouvert', openedOn: '2022-07-01', memberIds: [member] });
    const position = await post('/api/positions', { centreId: centre, profession: 'medecin', fte: 1, status: 'ouvert', openedOn: '2024-01-01' });
    const candidate = await post('/api/candidates', { firstName: 'Camille', lastName: 'Martin', email: 'camille.martin@exemple.fr', profession: 'medecin', source: 'forum', consentUntil: '2028-01-01' });
    ids.application = await post('/api/applications', { candidateId: candidate, positionId: position, stage: 'entretien', appliedOn: '2024-01-10', stageOn: '2024-02-01' });
    ids.hr = await fx.createUser('rh@essai.test', 'hr');
    ids.hr2 = await fx.createUser('rh2@essai.test', 'hr');
    ids.region = await fx.createUser('region@essai.test', 'region');
    ids.member = await fx.createUser('membre@essai.test', 'member', member);
    clients.hr = await fx.as('rh@essai.test');
    clients.hr2 = await fx.as('rh2@essai.test');
    clients.region = await fx.as('region@essai.test');
    clients.member = await fx.as('membre@essai.test');
  },
);
