/**
 * The requests a bench endpoint sends, varied as users vary them: pages, sort orders, filters, search
 * words, records. Each endpoint sends its variants in a fixed shuffled rotation (the same in every run),
 * to the API and, for the candidates, to json-server, so that neither answers one URL over and over.
 */

const enc = encodeURIComponent;
const json = (v: unknown) => enc(JSON.stringify(v));

/** Search words of the demonstration and national names (src/server/seed): common and rarer, one accented. */
export const SEARCH_WORDS = ['martin', 'bernard', 'dubois', 'moreau', 'laurent', 'simon', 'fontaine', 'guerin', 'marie', 'thomas', 'rousseau', 'pujol'];
export const PROFESSIONS = ['medecin', 'infirmier', 'sage_femme', 'secretaire'];
const PAGE = 25;

export interface Variants {
  /** Paths under the API (with query strings). */
  api: string[];
  /** The same requests to json-server 0.17 (candidates only). */
  jsonServer?: string[];
}

export interface VariantContext {
  candidates: number;
  /** Candidate ids, in id order. */
  candidateIds: number[];
  activities: number;
}

/** A deterministic shuffle (mulberry32), so that consecutive requests are not neighbouring pages. */
function shuffled<T>(items: T[], seed = 7): T[] {
  let s = seed >>> 0;
  const random = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

interface ListVariant {
  sort: [string, 'ASC' | 'DESC'];
  offset: number;
  filter?: Record<string, unknown>;
}

const apiList = (resource: string, v: ListVariant) =>
  `/api/${resource}?sort=${json(v.sort)}&range=${json([v.offset, v.offset + PAGE - 1])}${v.filter ? `&filter=${json(v.filter)}` : ''}`;

/** json-server 0.17: `_sort`/`_order`, `_start`/`_end`, field equality, `q` (a substring of any field). */
const jsonServerList = (v: ListVariant) => {
  const filters = Object.entries(v.filter ?? {})
    .map(([k, value]) => `${k}=${enc(String(value))}&`)
    .join('');
  return `/candidates?${filters}_sort=${v.sort[0]}&_order=${v.sort[1].toLowerCase()}&_start=${v.offset}&_end=${v.offset + PAGE}`;
};

const pages = (count: number, from = 0) => Array.from({ length: count }, (_, i) => (from + i) * PAGE);
const orders = ['ASC', 'DESC'] as const;

function candidateLists(list: ListVariant[]): Variants {
  const rotation = shuffled(list);
  return { api: rotation.map((v) => apiList('candidates', v)), jsonServer: rotation.map(jsonServerList) };
}

/** The variants of each bench endpoint (keys of tests/perf/bench.ts). */
export function variantsOf(key: string, ctx: VariantContext): Variants | undefined {
  const lastPage = Math.max(0, Math.ceil(ctx.candidates / PAGE) - 1);
  const firstPages = Math.min(10, lastPage + 1);
  switch (key) {
    case 'list-sorted':
      // The first ten pages by last or first name, both ways.
      return candidateLists(['lastName', 'firstName'].flatMap((field) => orders.flatMap((o) => pages(firstPages).map((offset) => ({ sort: [field, o] as ListVariant['sort'], offset })))));
    case 'list-sorted-email':
      return candidateLists(orders.flatMap((o) => pages(firstPages).map((offset) => ({ sort: ['email', o] as ListVariant['sort'], offset }))));
    case 'list-filtered':
      // Each profession, the first four pages, both ways (a short list's later pages are its last).
      return candidateLists(PROFESSIONS.flatMap((profession) => orders.flatMap((o) => pages(4).map((offset) => ({ sort: ['lastName', o] as ListVariant['sort'], offset, filter: { profession } })))));
    case 'list-searched':
      // Twelve words, first and second page, both ways.
      return candidateLists(SEARCH_WORDS.flatMap((q) => orders.flatMap((o) => pages(2).map((offset) => ({ sort: ['lastName', o] as ListVariant['sort'], offset, filter: { q } })))));
    case 'list-deep': {
      // Twenty pages around the middle of the list.
      const middle = Math.floor(lastPage / 2);
      const from = Math.max(0, middle - 10);
      return candidateLists(orders.flatMap((o) => pages(Math.min(20, lastPage + 1 - from), from).map((offset) => ({ sort: ['lastName', o] as ListVariant['sort'], offset }))));
    }
    case 'list-activities': {
      // The latest or earliest months, all centres, ten pages; and one centre's months (centres 1 to 5).
      const activityPages = Math.min(10, Math.max(1, Math.ceil(ctx.activities / PAGE)));
      const months = orders.flatMap((o) => pages(activityPages).map((offset) => apiList('activities', { sort: ['month', o], offset })));
      const centres = [1, 2, 3, 4, 5].flatMap((centreId) => orders.map((o) => apiList('activities', { sort: ['month', o], offset: 0, filter: { centreId } })));
      return { api: shuffled([...months, ...centres]) };
    }
    case 'get': {
      // 200 records spread over the whole table.
      const ids = ctx.candidateIds;
      const step = Math.max(1, Math.floor(ids.length / 200));
      const chosen = shuffled(ids.filter((_, i) => i % step === 0).slice(0, 200));
      return { api: chosen.map((id) => `/api/candidates/${id}`), jsonServer: chosen.map((id) => `/candidates/${id}`) };
    }
    case 'getMany': {
      // 25 ids at a time, 40 different sets (what a list's reference column asks for).
      const ids = ctx.candidateIds;
      const sets = Array.from({ length: 40 }, (_, k) => {
        const stride = Math.max(1, Math.floor(ids.length / 25));
        return Array.from({ length: 25 }, (_, i) => ids[(k + i * stride) % ids.length]);
      });
      const rotation = shuffled(sets);
      return { api: rotation.map((set) => `/api/candidates?filter=${json({ id: set })}`), jsonServer: rotation.map((set) => `/candidates?${set.map((id) => `id=${id}`).join('&')}`) };
    }
    default:
      return undefined;
  }
}
