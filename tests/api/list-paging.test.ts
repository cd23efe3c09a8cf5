import { sql, TransactionRollbackError } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { fold } from '../../src/domain/text';
import { candidates } from '../../src/server/db/schema';
import { bindings } from '../../src/server/rest/bindings';
import { pageIdsOf, whereOf } from '../../src/server/rest/repository';
import { parseListQuery } from '../../src/server/rest/query';
import { describeEachDatabase, type ApiFixture } from '../support/database';

/**
 * Pages of long lists (a page's ids are picked first, then its rows are read) and `q` searches (found
 * through trigram indexes): the same records, in the same order, with the same totals as the whole
 * list sorted and searched by the rules — here recomputed in JavaScript with `fold()`.
 */

const LAST = ['Martin', 'MARTÍN', 'Saint-Martin', 'Le Goff', 'd’Artagnan', "O'Neil", 'Élie', 'Bénard', 'Marti', 'Zoë'];
const FIRST = ['Élodie', 'Jean-Luc', 'Inès', 'Noël', 'Anaïs', 'Marc', 'Martine', 'Zoé'];

interface Row {
  id: number;
  lastName: string;
  firstName: string;
  email: string;
  rpps: string | null;
  profession: string;
}

let rows: Row[] = [];

async function insertCandidates(fx: ApiFixture) {
  const values = [];
  let n = 0;
  for (let copy = 0; copy < 3; copy++)
    for (const lastName of LAST)
      for (const firstName of FIRST) {
        n++;
        values.push({
          lastName,
          firstName,
          email: `${fold(firstName).replace(/ /g, '')}.${n}@mail-${copy}.example.org`,
          rpps: n % 7 === 0 ? `1000000${String(n).padStart(4, '0')}` : null,
          profession: n % 3 === 0 ? 'infirmier' : 'medecin',
          source: 'site',
          consentUntil: '2030-01-01',
        });
      }
  // Shuffled, so that ids do not follow the sort order.
  values.sort((a, b) => (a.email.length * 31 + a.email.charCodeAt(0)) % 17 - (b.email.length * 31 + b.email.charCodeAt(0)) % 17);
  rows = await fx.database.db.insert(candidates).values(values).returning({
    id: candidates.id,
    lastName: candidates.lastName,
    firstName: candidates.firstName,
    email: candidates.email,
    rpps: candidates.rpps,
    profession: candidates.profession,
  });
}

/** The list by the rules: every word of q in one of the searched fields (folded), sorted on the folded key, then id. */
function expected(q: string | undefined, field: 'lastName' | 'firstName' | 'email', order: 'ASC' | 'DESC', profession?: string) {
  const words = fold(q ?? '').split(/\s+/).filter(Boolean);
  const dir = order === 'ASC' ? 1 : -1;
  return rows
    .filter((r) => !profession || r.profession === profession)
    .filter((r) => words.every((w) => [r.lastName, r.firstName, r.email, r.rpps].some((v) => v !== null && fold(v).includes(w))))
    .sort((a, b) => {
      const x = fold(a[field]);
      const y = fold(b[field]);
      return dir * (x < y ? -1 : x > y ? 1 : a.id - b.id);
    })
    .map((r) => r.id);
}

async function page(fx: ApiFixture, filter: Record<string, unknown>, sort: [string, string], range: [number, number]) {
  const qs = new URLSearchParams({ filter: JSON.stringify(filter), sort: JSON.stringify(sort), range: JSON.stringify(range) });
  const res = await fx.call('GET', `/api/candidates?${qs}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return { ids: (res.body as Row[]).map((r) => r.id), total: Number(res.headers.get('content-range')!.split('/')[1]) };
}

/** Walks the whole list page by page: the pages put together are the expected list, each with its total. */
async function walk(fx: ApiFixture, filter: Record<string, unknown>, sort: ['lastName' | 'firstName' | 'email', 'ASC' | 'DESC'], size: number) {
  const want = expected(filter.q as string | undefined, sort[0], sort[1], filter.profession as string | undefined);
  const got: number[] = [];
  for (let start = 0; start < want.length; start += size) {
    const p = await page(fx, filter, sort, [start, start + size - 1]);
    expect(p.total, `${JSON.stringify(filter)} ${sort} from ${start}`).toBe(want.length);
    got.push(...p.ids);
  }
  expect(got).toEqual(want);
  return want.length;
}

describeEachDatabase(
  'GET /api/candidates: deep pages and searches',
  (fx) => {
    it('every page of a long list, ties on the name broken by id, in both directions', async () => {
      expect(await walk(fx, {}, ['lastName', 'ASC'], 7)).toBe(240);
      await walk(fx, {}, ['lastName', 'DESC'], 11);
      await walk(fx, {}, ['email', 'DESC'], 25);
      await walk(fx, { profession: 'infirmier' }, ['firstName', 'ASC'], 9);
    });

    it('a page past the end is empty and still gives the total', async () => {
      const past = await page(fx, { q: 'martin' }, ['lastName', 'ASC'], [500, 524]);
      expect(past.ids).toEqual([]);
      expect(past.total).toBe(expected('martin', 'lastName', 'ASC').length);
    });

    it('q: every page of a search, accent- and case-insensitive, whole words or parts of them', async () => {
      expect(await walk(fx, { q: 'martin' }, ['lastName', 'ASC'], 7)).toBeGreaterThan(25);
      await walk(fx, { q: 'MARTÍN' }, ['lastName', 'DESC'], 5);
      await walk(fx, { q: 'saint-martin élodie' }, ['firstName', 'ASC'], 2);
      await walk(fx, { q: 'art', profession: 'medecin' }, ['email', 'ASC'], 10);
    });

    it('q: short words, punctuation, digits and e-mail parts find what a substring search finds', async () => {
      for (const q of ['ma', 'a', 'é', "d'art", 'd’artagnan', "o'neil", 'le goff', 'noel zo', 'zoe', '10000000', '@mail-1', 'mail-2.example', 'x', 'rtine jean', 'ïs', 'o neil mail 0'])
        for (const sort of [['lastName', 'ASC'], ['email', 'DESC']] as const) {
          const want = expected(q, sort[0], sort[1]);
          const all = await page(fx, { q }, [...sort], [0, 999]);
          expect(all.ids, `q=${q} ${sort}`).toEqual(want);
          expect(all.total, `q=${q} ${sort}`).toBe(want.length);
          const middle = await page(fx, { q }, [...sort], [3, 5]);
          expect(middle.ids, `q=${q} ${sort} [3,5]`).toEqual(want.slice(3, 6));
        }
    });

    it('the search goes through the trigram indexes, and a deep page through an index-only scan', async () => {
      const explain = async (query: ReturnType<typeof sql>) =>
        fx.database.db.transaction(async (tx) => {
          await tx.execute(sql`set local enable_seqscan = off`);
          const result = await tx.execute(sql`explain ${query}`);
          const planRows = ((result as { rows?: unknown[] }).rows ?? result) as Record<string, string>[];
          return planRows.map((r) => Object.values(r)[0]).join('\n');
        });
      /**
       * The positions table is empty here, and on an empty table the planner guesses its size from the
       * rows' width: since the job ads widened it (description, requirements…), that guess made a full
       * scan of the title's sort index look cheaper than the trigram index (and on a few thousand rows it
       * is as good). With 20,000 positions and their statistics, in a transaction rolled back afterwards,
       * the search goes through the trigram index, which is what this checks.
       */
      const explainWithPositions = async (query: ReturnType<typeof sql>) => {
        let plan = '';
        await fx.database.db
          .transaction(async (tx) => {
            await tx.execute(sql`insert into centres (name, commune_code, department_code, status) values ('Centre de test', '09257', '09', 'projet')`);
            await tx.execute(sql`insert into positions (centre_id, profession, title, fte, status, opened_on) select currval(pg_get_serial_sequence('centres', 'id')), 'infirmier', 'Poste n° ' || i, 1, 'ouvert', '2025-01-01' from generate_series(1, 20000) i`);
            await tx.execute(sql`analyze positions`);
            await tx.execute(sql`set local enable_seqscan = off`);
            const result = await tx.execute(sql`explain ${query}`);
            const planRows = ((result as { rows?: unknown[] }).rows ?? result) as Record<string, string>[];
            plan = planRows.map((r) => Object.values(r)[0]).join('\n');
            tx.rollback();
          })
          .catch((error: unknown) => {
            if (!(error instanceof TransactionRollbackError)) throw error;
          });
        return plan;
      };
      for (const [name, q] of [['candidates', 'martin'], ['hires', 'martin'], ['centres', 'sainte croix'], ['positions', 'medecin']] as const) {
        const b = bindings[name];
        const query = parseListQuery(b.resource, new URLSearchParams({ filter: JSON.stringify({ q }) }));
        const plan = name === 'positions' ? await explainWithPositions(sql`select count(*) from ${b.table} where ${whereOf(b, query)}`) : await explain(sql`select count(*) from ${b.table} where ${whereOf(b, query)}`);
        expect(plan, name).toMatch(new RegExp(`Bitmap Index Scan on ${name}_\\w+_trgm`));
      }
      const b = bindings.candidates;
      const deep = parseListQuery(b.resource, new URLSearchParams({ sort: '["lastName","ASC"]', range: '[200,224]' }));
      expect(await explain(pageIdsOf(fx.database.db, b, deep, undefined, deep.range!))).toMatch(/Index Only Scan using candidates_last_name_idx/);
    });
  },
  insertCandidates,
);
