import { expect, it } from 'vitest';
import { addDays, todayInFrance } from '../../src/domain/calendar';
import * as schema from '../../src/server/db/schema';
import { MAX_ROWS } from '../../src/server/rest/query';
import { describeEachDatabase, type ApiFixture } from '../support/database';
import { create, insertFixtures, memberData, type Fixtures } from './fixtures';

/**
 * GET /api/<resource>: the ra-data-simple-rest list protocol (sort, range, filter, Content-Range),
 * on PGlite and on PostgreSQL, with demonstration records written through the API.
 */

interface ListParams {
  sort?: unknown;
  range?: unknown;
  filter?: unknown;
}

function listUrl(resource: string, params: ListParams = {}) {
  const search = new URLSearchParams();
  for (const key of ['sort', 'range', 'filter'] as const)
    if (params[key] !== undefined) search.set(key, typeof params[key] === 'string' ? (params[key] as string) : JSON.stringify(params[key]));
  const qs = search.toString();
  return `/api/${resource}${qs ? `?${qs}` : ''}`;
}

/** A list answer: 200, a JSON array, and a Content-Range header; returns the records and the total. */
async function list(fx: ApiFixture, resource: string, params: ListParams = {}) {
  const res = await fx.call('GET', listUrl(resource, params));
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  expect(Array.isArray(res.body)).toBe(true);
  const range = res.headers.get('content-range');
  expect(range).toMatch(new RegExp(`^${resource} \\d+-\\d+/\\d+$`));
  const total = Number(range!.split('/')[1]);
  return { records: res.body as Record<string, any>[], total, contentRange: range!, headers: res.headers };
}

/** A refused list query: 400, JSON `{ message }` in French, never a 500. */
async function refused(fx: ApiFixture, resource: string, params: ListParams | string, message?: RegExp) {
  const res = await fx.call('GET', typeof params === 'string' ? `/api/${resource}?${params}` : listUrl(resource, params));
  expect(res.status, JSON.stringify(res.body)).toBe(400);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  expect(typeof res.body.message).toBe('string');
  expect(res.body.message).toMatch(/[«»éèàçê]|Paramètre|Filtre|Tri|attendu|Au plus/);
  if (message) expect(res.body.message).toMatch(message);
  return res.body as { message: string };
}

const names = (records: Record<string, any>[]) => records.map((r) => r.name);
const ids = (records: Record<string, any>[]) => records.map((r) => r.id);
const MEMBER_COUNT = Object.keys(memberData).length;

let f: Fixtures;

describeEachDatabase(
  'GET /api/<resource> (ra-data-simple-rest lists)',
  (fx) => {
    // ——— range and Content-Range ———

    it('answers a first page with Content-Range "<resource> start-end/total"', async () => {
      const page = await list(fx, 'members', { sort: ['name', 'ASC'], range: [0, 24] });
      expect(page.records).toHaveLength(MEMBER_COUNT);
      expect(page.contentRange).toBe(`members 0-${MEMBER_COUNT - 1}/${MEMBER_COUNT}`);
    });

    it('gives the exact total on every page, the last one and one past the end', async () => {
      const all = await list(fx, 'members', { sort: ['id', 'ASC'], range: [0, 99] });
      const first = await list(fx, 'members', { sort: ['id', 'ASC'], range: [0, 4] });
      expect(first.contentRange).toBe(`members 0-4/${MEMBER_COUNT}`);
      expect(ids(first.records)).toEqual(ids(all.records).slice(0, 5));
      const second = await list(fx, 'members', { sort: ['id', 'ASC'], range: [5, 9] });
      expect(second.contentRange).toBe(`members 5-9/${MEMBER_COUNT}`);
      expect(ids(second.records)).toEqual(ids(all.records).slice(5, 10));
      const last = await list(fx, 'members', { sort: ['id', 'ASC'], range: [10, 14] });
      expect(last.contentRange).toBe(`members 10-${MEMBER_COUNT - 1}/${MEMBER_COUNT}`);
      expect(ids(last.records)).toEqual(ids(all.records).slice(10));
      const past = await list(fx, 'members', { sort: ['id', 'ASC'], range: [25, 49] });
      expect(past.records).toEqual([]);
      expect(past.total).toBe(MEMBER_COUNT);
    });

    it('counts a filtered list exactly, page by page', async () => {
      const firstPage = await list(fx, 'members', { sort: ['name', 'ASC'], range: [0, 1], filter: { college: 3 } });
      expect(firstPage.contentRange).toBe('members 0-1/4');
      const secondPage = await list(fx, 'members', { sort: ['name', 'ASC'], range: [2, 3], filter: { college: 3 } });
      expect(secondPage.contentRange).toBe('members 2-3/4');
      expect(names([...firstPage.records, ...secondPage.records])).toEqual([
        'CC Beaucaire Terre d’Argence',
        'CC Couserans-Pyrénées',
        'CC de la Haute Ariège',
        'Commune de Fourques',
      ]);
      const past = await list(fx, 'members', { range: [10, 19], filter: { college: 3 } });
      expect(past.records).toEqual([]);
      expect(past.total).toBe(4);
      const none = await list(fx, 'members', { range: [0, 9], filter: { college: 3, kind: 'region' } });
      expect(none.records).toEqual([]);
      expect(none.total).toBe(0);
    });

    it('without range, answers every record (not a default page of 10 or 25)', async () => {
      const page = await list(fx, 'members');
      expect(page.records).toHaveLength(MEMBER_COUNT);
      expect(page.total).toBe(MEMBER_COUNT);
    });

    // ——— getMany ———

    it('getMany: filter={"id":[…]} without range answers all of them, whatever their number', async () => {
      const wanted = Object.values(f.members).map((m) => m.id);
      expect(wanted.length).toBeGreaterThan(10);
      const res = await list(fx, 'members', { filter: { id: [...wanted].reverse() } });
      expect(res.records.map((r) => r.id).sort((a, b) => a - b)).toEqual([...wanted].sort((a, b) => a - b));
      expect(res.total).toBe(wanted.length);
      // Whole records, as getOne gives them.
      const one = await fx.call('GET', `/api/members/${f.members.couserans.id}`);
      expect(res.records.find((r) => r.id === f.members.couserans.id)).toEqual(one.body);
    });

    it('getMany: unknown ids are left out, an empty list answers nothing', async () => {
      const res = await list(fx, 'centres', { filter: { id: [f.centres.scv.id, 999999, f.centres.cugnaux.id] } });
      expect(names(res.records).sort()).toEqual(['Centre de santé de Cugnaux', 'Centre de santé de Sainte-Croix-Volvestre']);
      expect(res.records.find((r) => r.id === f.centres.scv.id)!.memberIds).toEqual(
        [f.members.couserans.id, f.members.region.id].sort((a, b) => a - b),
      );
      const empty = await list(fx, 'centres', { filter: { id: [] } });
      expect(empty.records).toEqual([]);
      expect(empty.total).toBe(0);
    });

    // ——— sort ———

    it('sorts French text as a French reader expects, accent- and case-insensitively', async () => {
      const five = ['centreHospitalier', 'chu', 'ecole', 'eglise', 'zone'] as const;
      const filter = { id: five.map((k) => f.members[k].id) };
      const asc = await list(fx, 'members', { sort: ['name', 'ASC'], filter });
      expect(names(asc.records)).toEqual([
        'centre hospitalier du Val d’Ariège',
        'CHU de Toulouse',
        'école de sages-femmes de Nîmes',
        'Église protestante unie d’Occitanie',
        'Zone blanche, médecins ruraux',
      ]);
      const desc = await list(fx, 'members', { sort: ['name', 'DESC'], filter });
      expect(names(desc.records)).toEqual([...names(asc.records)].reverse());
    });

    it('sorts the whole list by name the same way, across pages', async () => {
      const all = await list(fx, 'members', { sort: ['name', 'ASC'], range: [0, 99] });
      expect(names(all.records)).toEqual([
        'CC Beaucaire Terre d’Argence',
        'CC Couserans-Pyrénées',
        'CC de la Haute Ariège',
        'centre hospitalier du Val d’Ariège',
        'CHU de Toulouse',
        'Commune de Fourques',
        'Département de l’Ariège',
        'école de sages-femmes de Nîmes',
        'Église protestante unie d’Occitanie',
        'France Assos Santé Occitanie',
        'Région Occitanie',
        'Zone blanche, médecins ruraux',
      ]);
      const pages = [];
      for (let start = 0; start < MEMBER_COUNT; start += 5) pages.push(...(await list(fx, 'members', { sort: ['name', 'ASC'], range: [start, start + 4] })).records);
      expect(names(pages)).toEqual(names(all.records));
    });

    it('sorts people by last name, accent-insensitively (hires, candidates)', async () => {
      const hires = await list(fx, 'hires', { sort: ['lastName', 'ASC'] });
      expect(hires.records.map((h) => h.lastName)).toEqual(['Garcia', 'Lopez', 'Martin', 'Vidal']);
      const candidates = await list(fx, 'candidates', { sort: ['firstName', 'DESC'] });
      expect(candidates.records.map((c) => c.firstName)).toEqual(['Jean-Luc', 'Inès', 'Élodie']);
    });

    it('sorts numbers and dates, ties broken by id in the same direction', async () => {
      const byContribution = await list(fx, 'members', { sort: ['contribution', 'DESC'], range: [0, 2] });
      expect(names(byContribution.records)).toEqual(['Région Occitanie', 'Département de l’Ariège', 'CC Couserans-Pyrénées']);
      expect(byContribution.total).toBe(MEMBER_COUNT);

      // Two members with contribution 0: the tie is broken by id.
      const zeros = (await list(fx, 'members', { sort: ['contribution', 'ASC'], range: [0, 1] })).records;
      expect(ids(zeros)).toEqual([f.members.fas.id, f.members.eglise.id].sort((a, b) => a - b));
      const zerosDesc = (await list(fx, 'members', { sort: ['contribution', 'DESC'], range: [MEMBER_COUNT - 2, MEMBER_COUNT - 1] })).records;
      expect(ids(zerosDesc)).toEqual([f.members.fas.id, f.members.eglise.id].sort((a, b) => b - a));

      const byJoined = await list(fx, 'members', { sort: ['joinedOn', 'DESC'] });
      const joined = byJoined.records.map((m) => m.joinedOn as string);
      expect(joined).toEqual([...joined].sort().reverse());
      expect(joined[0]).toBe('2024-03-01');

      const byFte = await list(fx, 'positions', { sort: ['fte', 'ASC'] });
      expect(byFte.records.map((p) => p.fte)).toEqual([0.5, 0.6, 0.8, 1, 1]);

      const byStart = await list(fx, 'hires', { sort: ['startOn', 'ASC'] });
      expect(byStart.records.map((h) => h.startOn)).toEqual(['2022-07-01', '2022-07-01', '2023-02-01', '2023-04-01']);
    });

    it('sorts by the resource’s default sort when none is given', async () => {
      const hires = await list(fx, 'hires');
      expect(hires.records.map((h) => h.startOn)).toEqual(['2023-04-01', '2023-02-01', '2022-07-01', '2022-07-01']);
      const activities = await list(fx, 'activities');
      expect(activities.records[0].month).toBe('2023-03');
    });

    // ——— filters ———

    it('filters on equality and on arrays as IN', async () => {
      const epci = await list(fx, 'members', { filter: { kind: 'epci' }, sort: ['name', 'ASC'] });
      expect(names(epci.records)).toEqual(['CC Beaucaire Terre d’Argence', 'CC Couserans-Pyrénées', 'CC de la Haute Ariège']);
      const local = await list(fx, 'members', { filter: { kind: ['commune', 'departement'] }, sort: ['name', 'ASC'] });
      expect(names(local.records)).toEqual(['Commune de Fourques', 'Département de l’Ariège']);
      const ariege = await list(fx, 'members', { filter: { departmentCode: '09', college: 3 } });
      expect(ariege.total).toBe(2);
      const bySiren = await list(fx, 'members', { filter: { siren: '200066363' } });
      expect(names(bySiren.records)).toEqual(['CC de la Haute Ariège']);
      const statuses = await list(fx, 'centres', { filter: { status: ['projet', 'travaux'] } });
      expect(names(statuses.records)).toEqual(['Centre de santé de Cugnaux']);
      const published = await list(fx, 'positions', { filter: { published: true, profession: 'medecin' } });
      expect(published.total).toBe(2);
      const priority = await list(fx, 'centres', { filter: { priorityZone: false, status: 'ouvert' }, sort: ['name', 'ASC'] });
      expect(names(priority.records)).toEqual(['Centre de santé de Lacaune', 'Centre de santé de Saint-Gilles']);
    });

    it('filters on null', async () => {
      const noSiren = await list(fx, 'members', { filter: { siren: null }, sort: ['name', 'ASC'] });
      expect(noSiren.total).toBe(6);
      expect(noSiren.records.every((m) => m.siren === null)).toBe(true);
      const stillEmployed = await list(fx, 'hires', { filter: { endOn: null }, sort: ['lastName', 'ASC'] });
      expect(stillEmployed.records.map((h) => h.lastName)).toEqual(['Garcia', 'Martin']);
      const mainCentres = await list(fx, 'centres', { filter: { parentCentreId: null } });
      expect(mainCentres.total).toBe(4);
      const antennes = await list(fx, 'centres', { filter: { parentCentreId: f.centres.scv.id } });
      expect(names(antennes.records)).toEqual(['Antenne des Cabannes']);
      const notOpened = await list(fx, 'centres', { filter: { openedOn: null } });
      expect(names(notOpened.records)).toEqual(['Centre de santé de Cugnaux']);
    });

    it('q: accent- and case-insensitive search, every word must match', async () => {
      const ariege = await list(fx, 'members', { filter: { q: 'ariege' }, sort: ['name', 'ASC'] });
      expect(names(ariege.records)).toEqual(['CC de la Haute Ariège', 'centre hospitalier du Val d’Ariège', 'Département de l’Ariège']);
      expect(ariege.total).toBe(3);
      const upper = await list(fx, 'members', { filter: { q: 'ARIÈGE' }, sort: ['name', 'ASC'] });
      expect(names(upper.records)).toEqual(names(ariege.records));
      const twoWords = await list(fx, 'members', { filter: { q: 'haute ARIEGE' } });
      expect(names(twoWords.records)).toEqual(['CC de la Haute Ariège']);
      const wordsApart = await list(fx, 'members', { filter: { q: 'ariège val' } });
      expect(names(wordsApart.records)).toEqual(['centre hospitalier du Val d’Ariège']);
      const nothing = await list(fx, 'members', { filter: { q: 'ariege toulouse' } });
      expect(nothing.records).toEqual([]);
      expect(nothing.total).toBe(0);
      // Hyphens and apostrophes are spaces on both sides.
      const hyphen = await list(fx, 'members', { filter: { q: 'couserans-pyrenees' } });
      expect(names(hyphen.records)).toEqual(['CC Couserans-Pyrénées']);
      const apostrophe = await list(fx, 'members', { filter: { q: "val d'ariège" } });
      expect(names(apostrophe.records)).toEqual(['centre hospitalier du Val d’Ariège']);
      // Every searchable field: SIREN, contact.
      const bySiren = await list(fx, 'members', { filter: { q: '20006794' } });
      expect(names(bySiren.records)).toEqual(['CC Couserans-Pyrénées']);
      const byContact = await list(fx, 'members', { filter: { q: 'service sante' } });
      expect(names(byContact.records)).toEqual(['CC Couserans-Pyrénées']);
      // Combined with a filter and a range, the total is that of the search.
      const combined = await list(fx, 'members', { filter: { q: 'ariege', college: 3 }, range: [0, 0] });
      expect(combined.total).toBe(1);
    });

    it('q: LIKE wildcards are plain characters', async () => {
      for (const q of ['%', '_', 'ari%ge', 'ari_ge', '\\'])
        expect((await list(fx, 'members', { filter: { q } })).total, q).toBe(0);
    });

    it('q searches people and centres too', async () => {
      const people = await list(fx, 'candidates', { filter: { q: 'elodie' } });
      expect(people.records.map((c) => c.lastName)).toEqual(['Martin']);
      const byEmail = await list(fx, 'candidates', { filter: { q: 'example.org roux' } });
      expect(byEmail.records.map((c) => c.lastName)).toEqual(['Roux']);
      const centres = await list(fx, 'centres', { filter: { q: 'sainte croix' } });
      expect(names(centres.records)).toEqual(['Centre de santé de Sainte-Croix-Volvestre']);
      const byCommune = await list(fx, 'centres', { filter: { q: '81124' } });
      expect(names(byCommune.records)).toEqual(['Centre de santé de Lacaune']);
    });

    it('_gte / _lte on dates, inclusive', async () => {
      const joined2023 = await list(fx, 'members', { filter: { joinedOn_gte: '2023-01-01', joinedOn_lte: '2023-12-31' }, sort: ['name', 'ASC'] });
      expect(names(joined2023.records)).toEqual(['CC Beaucaire Terre d’Argence', 'Commune de Fourques', 'école de sages-femmes de Nîmes', 'France Assos Santé Occitanie']);
      const onTheDay = await list(fx, 'members', { filter: { joinedOn_gte: '2024-03-01', joinedOn_lte: '2024-03-01' } });
      expect(onTheDay.total).toBe(2);
      const openedBefore = await list(fx, 'centres', { filter: { openedOn_lte: '2023-02-01' }, sort: ['openedOn', 'ASC'] });
      expect(names(openedBefore.records)).toEqual(['Centre de santé de Sainte-Croix-Volvestre', 'Centre de santé de Lacaune']);
      const startedIn2023 = await list(fx, 'hires', { filter: { startOn_gte: '2023-01-01' } });
      expect(startedIn2023.total).toBe(2);
    });

    it('hires by situation as of today: in post (started, no end date or one to come) or ended', async () => {
      const lastNames = (records: Record<string, any>[]) => records.map((r) => r.lastName).sort();
      const active = await list(fx, 'hires', { filter: { situation: 'active' } });
      expect(lastNames(active.records)).toEqual(['Garcia', 'Martin']);
      expect(active.total).toBe(2);
      const ended = await list(fx, 'hires', { filter: { situation: 'ended' }, range: [0, 0] });
      expect(ended.total).toBe(2);
      expect(ended.contentRange).toBe('hires 0-0/2');
      const both = await list(fx, 'hires', { filter: { situation: ['active', 'ended'] } });
      expect(both.total).toBe(4);
      const endedDoctors = await list(fx, 'hires', { filter: { situation: 'ended', profession: 'medecin' } });
      expect(lastNames(endedDoctors.records)).toEqual(['Vidal']);
      await refused(fx, 'hires', { filter: { situation: 'retraite' } });
      await refused(fx, 'members', { filter: { situation: 'active' } }, /situation/);
    });

    it('_gte / _lte on numbers', async () => {
      const contribution = await list(fx, 'members', { filter: { contribution_gte: 10000, contribution_lte: 60000 }, sort: ['contribution', 'ASC'] });
      expect(contribution.records.map((m) => m.contribution)).toEqual([10000, 12000, 15000, 20000, 60000]);
      const asStrings = await list(fx, 'members', { filter: { contribution_gte: '10000', contribution_lte: '60000' } });
      expect(asStrings.total).toBe(5);
      const halfTime = await list(fx, 'hires', { filter: { fte_lte: 0.6 }, sort: ['fte', 'ASC'] });
      expect(halfTime.records.map((h) => h.fte)).toEqual([0.5, 0.6]);
      const budget = await list(fx, 'centres', { filter: { openingBudget_gte: 95000 } });
      expect(budget.total).toBe(2);
    });

    it('centres by backing member (many-to-many), one or several', async () => {
      const byRegion = await list(fx, 'centres', { filter: { memberIds: f.members.region.id }, sort: ['name', 'ASC'] });
      expect(names(byRegion.records)).toEqual(['Centre de santé de Lacaune', 'Centre de santé de Saint-Gilles', 'Centre de santé de Sainte-Croix-Volvestre']);
      expect(byRegion.total).toBe(3);
      // Every backing member is still listed on each centre, not only the one filtered on.
      expect(byRegion.records.find((c) => c.id === f.centres.saintGilles.id)!.memberIds).toEqual(
        [f.members.beaucaire.id, f.members.region.id].sort((a, b) => a - b),
      );
      // A centre backed by two of the members asked for appears once.
      const either = await list(fx, 'centres', { filter: { memberIds: [f.members.couserans.id, f.members.region.id, f.members.hauteAriege.id] } });
      expect(either.total).toBe(4);
      expect(new Set(ids(either.records)).size).toBe(4);
      const paged = await list(fx, 'centres', { filter: { memberIds: [f.members.region.id] }, range: [0, 0], sort: ['name', 'ASC'] });
      expect(paged.contentRange).toBe('centres 0-0/3');
      const none = await list(fx, 'centres', { filter: { memberIds: f.members.fas.id } });
      expect(none.total).toBe(0);
    });

    it('centres by service offered (any of the values)', async () => {
      const permanence = await list(fx, 'centres', { filter: { services: 'permanence' } });
      expect(names(permanence.records)).toEqual(['Centre de santé de Lacaune']);
      const either = await list(fx, 'centres', { filter: { services: ['msu', 'visites'] }, sort: ['name', 'ASC'] });
      expect(names(either.records)).toEqual(['Centre de santé de Saint-Gilles', 'Centre de santé de Sainte-Croix-Volvestre']);
      const programmes = await list(fx, 'centres', { filter: { services: ['programmes'] } });
      expect(programmes.total).toBe(4);
      const scv = programmes.records.find((c) => c.id === f.centres.scv.id)!;
      expect(scv.services).toEqual(['programmes', 'non_programmes', 'visites']);
    });

    it('getManyReference: positions of a centre, paged and counted', async () => {
      const page = await list(fx, 'positions', { filter: { centreId: f.centres.scv.id }, sort: ['openedOn', 'DESC'], range: [0, 1] });
      expect(page.contentRange).toBe('positions 0-1/3');
      expect(page.records.map((p) => p.title)).toEqual(['Sage-femme', 'Secrétaire médicale']);
      const applications = await list(fx, 'applications', { filter: { candidateId: f.candidates.elodie.id } });
      expect(applications.records.map((a) => a.positionId)).toEqual([f.positions.scvMedecin.id]);
    });

    it('activities: month is YYYY-MM in answers, filters and bounds', async () => {
      const all = await list(fx, 'activities', { sort: ['month', 'ASC'] });
      expect(all.records.map((a) => a.month)).toEqual(['2023-01', '2023-02', '2023-02', '2023-03', '2023-03']);
      const february = await list(fx, 'activities', { filter: { month: '2023-02' } });
      expect(february.total).toBe(2);
      expect(february.records.every((a) => a.month === '2023-02')).toBe(true);
      const fromFebruary = await list(fx, 'activities', { filter: { month_gte: '2023-02', centreId: f.centres.scv.id }, sort: ['month', 'ASC'] });
      expect(fromFebruary.records.map((a) => a.month)).toEqual(['2023-02', '2023-03']);
      const untilFebruary = await list(fx, 'activities', { filter: { month_lte: '2023-02' } });
      expect(untilFebruary.total).toBe(3);
      const one = await fx.call('GET', `/api/activities/${f.activities[0].id}`);
      expect(one.body.month).toBe('2023-01');
    });

    it('every record carries id and version', async () => {
      for (const resource of ['members', 'centres', 'positions', 'candidates', 'applications', 'hires', 'activities']) {
        const { records } = await list(fx, resource, { range: [0, 0] });
        expect(records[0], resource).toMatchObject({ id: expect.any(Number), version: 1 });
      }
    });

    // ——— refusals: 400 with a French message, never 500 ———

    it('refuses an unknown or unsortable sort field', async () => {
      await refused(fx, 'members', { sort: ['password', 'ASC'] }, /Tri impossible.*password/);
      await refused(fx, 'members', { sort: ['contactEmail', 'ASC'] }, /contactEmail/);
      await refused(fx, 'centres', { sort: ['memberIds', 'ASC'] }, /memberIds/);
      await refused(fx, 'members', { sort: ['name', 'SIDEWAYS'] });
    });

    it('refuses an unknown filter field, or a bound on a field without bounds', async () => {
      await refused(fx, 'members', { filter: { password: 'x' } }, /Filtre impossible.*password/);
      await refused(fx, 'members', { filter: { name: 'Région Occitanie' } }, /name/);
      await refused(fx, 'members', { filter: { college_gte: 2 } }, /college_gte/);
      await refused(fx, 'members', { filter: { kind: 'sarl' } }, /sarl/);
      await refused(fx, 'centres', { filter: { services: ['teleconsultation'] } });
    });

    it('refuses malformed sort, range and filter JSON', async () => {
      await refused(fx, 'members', 'sort=["name","ASC"', /sort/);
      await refused(fx, 'members', 'range=[0,24', /range/);
      await refused(fx, 'members', 'filter={"q":', /filter/);
      await refused(fx, 'members', 'filter=ariege', /filter/);
      await refused(fx, 'members', { range: [10, 0] }, /range/);
      await refused(fx, 'members', { range: [-5, 5] }, /range/);
      await refused(fx, 'members', { range: [0, 100000] });
      await refused(fx, 'members', { filter: [1, 2] }, /filter/);
      await refused(fx, 'members', { sort: 'name' });
    });

    it('refuses filter values of the wrong type instead of failing in the database', async () => {
      await refused(fx, 'members', { filter: { joinedOn_gte: 'hier' } });
      await refused(fx, 'members', { filter: { contribution_gte: 'beaucoup' } });
      await refused(fx, 'members', { filter: { id: ['un', 'deux'] } });
      await refused(fx, 'activities', { filter: { month: '2023-02-01' } });
      await refused(fx, 'centres', { filter: { priorityZone: 'oui' } });
    });

    it('refuses dates that do not exist and integers out of range (not a 500)', async () => {
      await refused(fx, 'members', { filter: { joinedOn_gte: '2023-02-30' } });
      await refused(fx, 'members', { filter: { id: 99999999999 } });
      await refused(fx, 'members', { filter: { contribution_gte: 3000000000 } });
      await refused(fx, 'positions', { filter: { centreId: [1, 3000000000] } });
      await refused(fx, 'centres', { filter: { memberIds: 3000000000 } });
      await refused(fx, 'audit', { filter: { at_gte: 'hello 2024' } });
      await refused(fx, 'audit', { filter: { at_gte: '1' } });
      // A NUL character cannot be searched for in PostgreSQL.
      await refused(fx, 'members', { filter: { q: 'ari\u0000ege' } });
      await refused(fx, 'members', { filter: { siren: '\u0000' } });
      await refused(fx, 'centres', { filter: { communeCode: ['09257', '\u0000'] } });
      // A real timestamp is fine.
      const audit = await list(fx, 'audit', { filter: { at_gte: '2020-01-01T00:00:00Z', resource: 'members' }, range: [0, 0] });
      expect(audit.total).toBe(MEMBER_COUNT);
    });
  },
  async (fx) => {
    f = await insertFixtures(fx.call);
  },
);

describeEachDatabase(
  'GET /api/members at the page cap (getMany of up to 1000 ids)',
  (fx) => {
    const idsOf = async () => (await fx.database.db.select({ id: schema.members.id }).from(schema.members)).map((r) => r.id);

    it('getMany of 1000 ids without range answers all 1000, in one response', async () => {
      const all = await idsOf();
      expect(all).toHaveLength(MAX_ROWS + 1);
      const wanted = all.slice(1);
      const page = await list(fx, 'members', { filter: { id: wanted } });
      expect(page.records).toHaveLength(MAX_ROWS);
      expect(page.total).toBe(MAX_ROWS);
      expect(new Set(ids(page.records))).toEqual(new Set(wanted));
    });

    it('without range or ids, answers the first MAX_ROWS with the exact total', async () => {
      const page = await list(fx, 'members', { sort: ['name', 'ASC'] });
      expect(page.records).toHaveLength(MAX_ROWS);
      expect(page.contentRange).toBe(`members 0-${MAX_ROWS - 1}/${MAX_ROWS + 1}`);
      expect(page.records[0].name).toBe('Commune 0000');
    });

    it('a getMany of more than MAX_ROWS ids is refused, not truncated', async () => {
      await refused(fx, 'members', { filter: { id: await idsOf() } }, new RegExp(String(MAX_ROWS)));
    });
  },
  async (fx) => {
    await fx.database.db.insert(schema.members).values(
      Array.from({ length: MAX_ROWS + 1 }, (_, i) => ({
        name: `Commune ${String(i).padStart(4, '0')}`,
        college: 3,
        kind: 'commune',
        departmentCode: '31',
        joinedOn: '2024-01-01',
        status: 'actif',
      })),
    );
  },
);

describeEachDatabase(
  'GET /api/hires?filter={"situation":…}: the dashboards’ « in post » rule, as of today in France',
  (fx) => {
    const lastNamesIn = async (situation: string | string[]) =>
      (await list(fx, 'hires', { filter: { situation } })).records.map((r) => r.lastName).sort();

    it('a contract starting tomorrow is upcoming, not in post; one started today is in post; one ended yesterday is ended', async () => {
      expect(await lastNamesIn('upcoming')).toEqual(['Demain']);
      expect(await lastNamesIn('active')).toEqual(['Aujourdhui', 'FinAujourdhui']);
      expect(await lastNamesIn('ended')).toEqual(['Hier']);
      expect(await lastNamesIn(['active', 'upcoming'])).toEqual(['Aujourdhui', 'Demain', 'FinAujourdhui']);
    });
  },
  async (fx) => {
    const today = todayInFrance();
    const centre = await create(fx.call, 'centres', { name: 'Centre de santé de Lussan', communeCode: '30152', status: 'ouvert', openedOn: '2023-07-01' });
    const hire = (lastName: string, startOn: string, endOn: string | null = null) =>
      create(fx.call, 'hires', { firstName: 'Test', lastName, profession: 'medecin', centreId: centre.id, contract: 'cdi', fte: 1, startOn, endOn });
    await hire('Demain', addDays(today, 1));
    await hire('Aujourdhui', today);
    await hire('FinAujourdhui', '2023-07-01', today);
    await hire('Hier', '2023-07-01', addDays(today, -1));
  },
);
