/**
 * `npm run bench` — the API under load, signed in, 10 connections, against references measured in the
 * same run. Prints one table, the budgets with PASS/MISS, and writes the figures as JSON to
 * tests/perf/results/ (git-ignored).
 *
 * Configurations (each server runs in its own process, `src/server/cli/start.ts`, see server-process.ts):
 *   PGlite and PostgreSQL × demonstration scale and national scale (`seed --scale 100`).
 * References:
 *   json-server 0.17 on the same candidate rows (exported as JSON), the same list SQL through pgbench
 *   (page + exact count(*), and page alone), a bare `node:http` server.
 *
 * Options (environment):
 *   BENCH_SECONDS=5              seconds per endpoint (warm-up apart)
 *   BENCH_SCALE=100              national scale
 *   BENCH_SKIP_PGLITE_NATIONAL=1 skip PGlite at national scale (its seed and measures take ~3 min)
 *   BENCH_SKIP_NATIONAL=1        demonstration scale only (what `npm run bench:quick` does, with 2 s)
 *   BENCH_CONNECTIONS=10
 *   BENCH_SERVER_WARMUP=5        seconds of varied requests to each server before its first endpoint
 *   BENCH_STATS_UNCACHED=0       skip the second pass of the statistics with the server's cache off
 *   BENCH_ONLY=get,front         only some parts, comma-separated: endpoint keys (get, getMany, list-sorted,
 *                                stats-overview…) or kinds (list, stats), `front` (build sizes and first
 *                                render in Chromium), `pglite` / `postgres` (only that database), `national`
 *                                (national scale too; otherwise demonstration scale only), `refs` (json-server
 *                                and pgbench). `BENCH_ONLY=get` takes the get-by-id figure in about a minute.
 *
 * Varied requests: each list, get-by-id and getMany endpoint rotates through its variants
 * (tests/perf/variants.ts: pages, both sort orders, professions, a dozen search words, 200 records),
 * on the API and on json-server alike, as users vary them: no figure comes from one URL answered over
 * and over. The pgbench reference runs the first variant's SQL.
 *
 * Statistics: the server keeps each answer 30 s per scope (src/server/stats/cache.ts), so the figure of
 * the table (and of the budget) is what dashboards get most of the time: all but the first request of a
 * run are answered from the cache. The cost of computing them is then measured by a second server
 * process started with STATS_CACHE_MS=0, shown as « sans cache » under each statistics row.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { count } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { resourceByName } from '../../src/domain/resources';
import { bindings } from '../../src/server/rest/bindings';
import { parseListQuery } from '../../src/server/rest/query';
import { fieldsAsColumns, orderOf, whereOf } from '../../src/server/rest/repository';
import * as schema from '../../src/server/db/schema';
import { createPostgresDatabase, postgresReachable } from '../support/postgres';
import { signIn, startServerProcess, type ServerProcess } from '../support/server-process';
import { buildApp, firstRender, type BuildFigures, type RenderFigures } from './front';
import { variantsOf, type Variants } from './variants';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const SCALE = Number(process.env.BENCH_SCALE ?? 100);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const ONLY = (process.env.BENCH_ONLY ?? '').split(',').map((w) => w.trim()).filter(Boolean);
const only = (word: string) => !ONLY.length || ONLY.includes(word);
const SKIP_NATIONAL = process.env.BENCH_SKIP_NATIONAL === '1' || (ONLY.length > 0 && !ONLY.includes('national'));
const DATABASES = ONLY.filter((w) => w === 'pglite' || w === 'postgres');
const USE_PGLITE = !DATABASES.length || DATABASES.includes('pglite');
const USE_POSTGRES = !DATABASES.length || DATABASES.includes('postgres');
const REFERENCES = only('refs');
const FRONT = only('front');
const STATS_UNCACHED = process.env.BENCH_STATS_UNCACHED !== '0';
const SKIP_PGLITE_NATIONAL = SKIP_NATIONAL || process.env.BENCH_SKIP_PGLITE_NATIONAL === '1';
const PGBENCH = ['/usr/lib/postgresql/15/bin/pgbench', '/usr/bin/pgbench'].find((p) => existsSync(p));
const WARMUP_SECONDS = Math.min(2, Math.max(1, SECONDS / 5));
/**
 * A server just started runs slowly for a few seconds (V8 optimising its JavaScript and PGlite's
 * WebAssembly, plans not cached yet): every variant of every measured endpoint is requested for this
 * long, once per server, before the first endpoint is measured (each still has its own warm-up).
 */
const SERVER_WARMUP_SECONDS = Number(process.env.BENCH_SERVER_WARMUP ?? 5);
const ADMIN = { email: 'admin@maillage.demo', password: 'maillage-demo' };

const log = (message: string) => console.error(`[bench] ${message}`);
const enc = encodeURIComponent;
const json = (v: unknown) => enc(JSON.stringify(v));

// --- What is measured -----------------------------------------------------------------------------

type Kind = 'list' | 'get' | 'getMany' | 'stats';
interface Endpoint {
  key: string;
  label: string;
  kind: Kind;
  path: string;
  /** The same request to json-server 0.17 (candidates only). */
  jsonServer?: string;
  /** The ra-data-simple-rest query, for the pgbench reference. */
  rest?: { resource: 'candidates' | 'activities'; params: URLSearchParams };
  /** The requests sent in rotation (their first is `path` and `jsonServer`). */
  variants?: Variants;
}

interface Context {
  candidates: number;
  midId: number;
  manyIds: number[];
  /** Every candidate id, in id order. */
  candidateIds: number[];
  activities: number;
}

function listEndpoint(key: string, label: string, resource: 'candidates' | 'activities', sort: [string, string], range: [number, number], filter: Record<string, unknown> | undefined, jsonServer?: string): Endpoint {
  const params = new URLSearchParams({ sort: JSON.stringify(sort), range: JSON.stringify(range) });
  if (filter) params.set('filter', JSON.stringify(filter));
  return { key, label, kind: 'list', path: `/api/${resource}?${params}`, jsonServer, rest: { resource, params } };
}

/** What BENCH_ONLY keeps (everything without it). */
const measured = (e: Endpoint) => !ONLY.length || ONLY.includes(e.key) || ONLY.includes(e.kind);
const MEASURE_ENDPOINTS = !ONLY.length || ONLY.some((w) => /^(list|get|getMany|stats)(-|$)/.test(w));

function endpoints(ctx: Context): Endpoint[] {
  return fixedEndpoints(ctx).map((e) => {
    const variants = variantsOf(e.key, ctx);
    if (!variants) return e;
    const first = variants.api[0];
    const rest = e.rest && { ...e.rest, params: new URL(first, 'http://x').searchParams };
    return { ...e, path: first, jsonServer: variants.jsonServer?.[0], rest, variants };
  });
}

function fixedEndpoints(ctx: Context): Endpoint[] {
  const deep = Math.max(0, Math.floor(ctx.candidates / 2));
  const js = (query: string, start = 0) => `/candidates?${query}_sort=lastName&_order=asc&_start=${start}&_end=${start + 25}`;
  const stats = ['overview', 'hires-by-month', 'centres-by-year', 'funnel', 'retention', 'activity', 'departments', 'hr'];
  return [
    listEndpoint('list-sorted', 'liste triée (candidats, nom)', 'candidates', ['lastName', 'ASC'], [0, 24], undefined, js('')),
    listEndpoint('list-sorted-email', 'liste triée (candidats, courriel)', 'candidates', ['email', 'ASC'], [0, 24], undefined, '/candidates?_sort=email&_order=asc&_start=0&_end=25'),
    listEndpoint('list-filtered', 'liste filtrée (profession)', 'candidates', ['lastName', 'ASC'], [0, 24], { profession: 'infirmier' }, js('profession=infirmier&')),
    listEndpoint('list-searched', 'liste cherchée (q=martin)', 'candidates', ['lastName', 'ASC'], [0, 24], { q: 'martin' }, js('q=martin&')),
    listEndpoint('list-deep', `pages profondes (~${deep})`, 'candidates', ['lastName', 'ASC'], [deep, deep + 24], undefined, js('', deep)),
    listEndpoint('list-activities', 'liste activité (mois ↓)', 'activities', ['month', 'DESC'], [0, 24], undefined),
    { key: 'get', label: 'get by id (candidat)', kind: 'get', path: `/api/candidates/${ctx.midId}`, jsonServer: `/candidates/${ctx.midId}` },
    { key: 'getMany', label: 'getMany (25 ids)', kind: 'getMany', path: `/api/candidates?filter=${json({ id: ctx.manyIds })}` },
    ...stats.map((s): Endpoint => ({ key: `stats-${s}`, label: `stats/${s}`, kind: 'stats', path: `/api/stats/${s}` })),
  ];
}

// --- Measuring ------------------------------------------------------------------------------------

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
}

/** autocannon `requests` sending each path in turn, one per request, across connections. */
function rotation(paths: string[]): autocannon.Request[] {
  let next = 0;
  return [{ setupRequest: (request: autocannon.Request) => ({ ...request, path: paths[next++ % paths.length] }) }];
}

/** Loads `base + path`, or `base` + each of `paths` in rotation (one per request, across connections). */
async function load(base: string, paths: string | string[], headers: Record<string, string> = {}, seconds = SECONDS): Promise<Figures> {
  const list = typeof paths === 'string' ? [paths] : paths;
  const options = { url: base + list[0], connections: CONNECTIONS, headers, requests: list.length > 1 ? rotation(list) : undefined };
  await autocannon({ ...options, duration: WARMUP_SECONDS });
  const r = await autocannon({ ...options, duration: seconds });
  const errors = r.errors + r.timeouts + r.non2xx;
  if (errors) log(`  ${errors} errors / non-2xx on ${base}${list[0]}${list.length > 1 ? ` (and ${list.length - 1} variants)` : ''}`);
  // Nothing answered within autocannon's 10 s timeout: count the latency as the timeout, not as 0.
  if (!r.requests.total) return { rps: 0, p50: 10_000, p99: 10_000, requests: 0, errors };
  return { rps: r.requests.total / r.duration, p50: r.latency.p50, p99: r.latency.p99, requests: r.requests.total, errors };
}

function peakRssMb(child: ChildProcess): number | null {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
  } catch {
    return null;
  }
}

interface ConfigResult {
  name: string;
  database: 'pglite' | 'postgres';
  scale: 'demo' | 'national';
  candidates: number;
  readyMs: number;
  firstStartMs?: number;
  peakRssMb: number | null;
  endpoints: Record<string, Figures & { label: string; kind: Kind; path: string; variants: number; uncached?: Figures }>;
}

/** Every candidate as the API answers them, page by page (1,000 at most per page). */
async function allCandidates(url: string, cookie: string): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  for (let at = 0; ; at += 1000) {
    const response = await fetch(`${url}/api/candidates?sort=${json(['id', 'ASC'])}&range=${json([at, at + 999])}`, { headers: { cookie } });
    if (!response.ok) throw new Error(`candidates: ${response.status}`);
    const page = (await response.json()) as Record<string, unknown>[];
    rows.push(...page);
    if (page.length < 1000) return rows;
  }
}

async function context(url: string, cookie: string): Promise<Context> {
  const ids = (await allCandidates(url, cookie)).map((r) => r.id as number);
  const activities = await fetch(`${url}/api/activities?range=${json([0, 0])}`, { headers: { cookie } });
  const total = Number(/\/(\d+)$/.exec(activities.headers.get('content-range') ?? '')?.[1] ?? 0);
  return { candidates: ids.length, midId: ids[Math.floor(ids.length / 2)], manyIds: ids.slice(0, 25), candidateIds: ids, activities: total };
}

async function measureServer(name: string, server: ServerProcess, database: ConfigResult['database'], scale: ConfigResult['scale'], firstStartMs?: number) {
  const { cookie } = await signIn(server.url, ADMIN.email, ADMIN.password);
  const ctx = await context(server.url, cookie);
  const result: ConfigResult = { name, database, scale, candidates: ctx.candidates, readyMs: server.readyMs, firstStartMs, peakRssMb: null, endpoints: {} };
  const list = endpoints(ctx).filter(measured);
  const everything = list.flatMap((e) => e.variants?.api ?? [e.path]);
  if (everything.length && SERVER_WARMUP_SECONDS > 0) {
    await autocannon({ url: server.url, connections: CONNECTIONS, duration: SERVER_WARMUP_SECONDS, headers: { cookie }, requests: rotation(everything) });
  }
  for (const e of list) {
    const f = await load(server.url, e.variants?.api ?? e.path, { cookie });
    result.endpoints[e.key] = { ...f, label: e.label, kind: e.kind, path: e.path, variants: e.variants?.api.length ?? 1 };
    log(`  ${name.padEnd(18)} ${e.label.padEnd(34)} ${f.rps.toFixed(0).padStart(6)} req/s  p50 ${f.p50} ms  p99 ${f.p99} ms`);
  }
  result.peakRssMb = peakRssMb(server.child);
  return { result, ctx };
}

/**
 * The statistics again on a server whose cache is off (STATS_CACHE_MS=0): what computing them costs.
 * Stored as `uncached` beside each cached figure.
 */
async function measureUncachedStats(name: string, result: ConfigResult, env: Record<string, string>) {
  const stats = Object.entries(result.endpoints).filter(([, f]) => f.kind === 'stats');
  if (!STATS_UNCACHED || !stats.length) return;
  const server = await startServerProcess({ ...env, STATS_CACHE_MS: '0' });
  try {
    const { cookie } = await signIn(server.url, ADMIN.email, ADMIN.password);
    for (const [, f] of stats) {
      f.uncached = await load(server.url, f.path, { cookie });
      log(`  ${name.padEnd(18)} ${`${f.label} (sans cache)`.padEnd(34)} ${f.uncached.rps.toFixed(0).padStart(6)} req/s  p50 ${f.uncached.p50} ms  p99 ${f.uncached.p99} ms`);
    }
  } finally {
    await server.stop();
  }
}

// --- References -----------------------------------------------------------------------------------

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

function spawnUntil(command: string, args: string[], ready: RegExp, env: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) resolve(child);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${command} exited with ${code}: ${output.slice(-2000)}`)));
  });
}

const stopChild = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.on('exit', () => resolve());
    child.kill('SIGTERM');
  });

async function bareNode(): Promise<Figures> {
  const port = await freePort();
  const code = `require('node:http').createServer((q, s) => { s.setHeader('content-type', 'application/json'); s.end('{"id":1,"ok":true}'); }).listen(${port}, '127.0.0.1', () => console.log('ready'));`;
  const child = await spawnUntil(process.execPath, ['-e', code], /ready/);
  try {
    return await load(`http://127.0.0.1:${port}`, '/');
  } finally {
    await stopChild(child);
  }
}

/** The candidates as the API answers them, exported to json-server's db.json. */
async function exportCandidates(databaseUrl: string, file: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `select id, version, first_name as "firstName", last_name as "lastName", email, phone, profession, rpps, source,
         consent_until::text as "consentUntil", notes, created_at as "createdAt" from candidates order by id`,
    );
    writeFileSync(file, JSON.stringify({ candidates: rows }));
    return rows.length;
  } finally {
    await client.end();
  }
}

/** The candidates as a running API answers them (admin), to json-server's db.json: the same rows, whatever the database. */
async function exportCandidatesThroughApi(url: string, cookie: string, file: string) {
  const rows = await allCandidates(url, cookie);
  writeFileSync(file, JSON.stringify({ candidates: rows }));
  return rows.length;
}

async function jsonServer(file: string, rows: number, list: Endpoint[]): Promise<Record<string, Figures>> {
  const port = await freePort();
  const child = await spawnUntil(process.execPath, ['node_modules/json-server/lib/cli/bin.js', '--port', String(port), '--host', '127.0.0.1', file], /Resources|localhost:|Watching/);
  const out: Record<string, Figures> = {};
  try {
    for (const e of list) {
      if (!e.jsonServer) continue;
      out[e.key] = await load(`http://127.0.0.1:${port}`, e.variants?.jsonServer ?? e.jsonServer);
      log(`  json-server (${rows} rows)  ${e.label.padEnd(34)} ${out[e.key].rps.toFixed(1).padStart(6)} req/s  p50 ${out[e.key].p50} ms  p99 ${out[e.key].p99} ms`);
    }
  } finally {
    await stopChild(child);
  }
  return out;
}

/** The SQL the server would send for a list (as in listRecords), with the naive exact count. */
function listSql(e: Endpoint): { page: string; count: string } {
  const b = bindings[e.rest!.resource];
  const query = parseListQuery(resourceByName[e.rest!.resource], e.rest!.params);
  const db = drizzle.mock({ schema, casing: 'snake_case' });
  const where = whereOf(b, query);
  const inline = (q: { sql: string; params: unknown[] }) =>
    q.sql.replace(/\$(\d+)/g, (_, n) => {
      const v = q.params[Number(n) - 1];
      return typeof v === 'number' ? String(v) : `'${String(v).replace(/'/g, "''")}'`;
    });
  const page = db.select(fieldsAsColumns(b)).from(b.table).where(where).orderBy(...orderOf(b, query.sort)).limit(query.range!.limit).offset(query.range!.offset).toSQL();
  const total = db.select({ n: count() }).from(b.table).where(where).toSQL();
  return { page: inline(page), count: inline(total) };
}

function pgbench(databaseUrl: string, script: string, dir: string): { tps: number; latencyMs: number } {
  const file = join(dir, `script-${Math.random().toString(36).slice(2)}.sql`);
  writeFileSync(file, script);
  const r = spawnSync(PGBENCH!, ['-n', '-M', 'prepared', '-c', String(CONNECTIONS), '-j', '2', '-T', String(SECONDS), '-f', file, databaseUrl], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pgbench: ${r.stderr}`);
  const tps = Number(/tps = ([\d.]+)/.exec(r.stdout)?.[1]);
  const latencyMs = Number(/latency average = ([\d.]+) ms/.exec(r.stdout)?.[1]);
  return { tps, latencyMs };
}

async function pgbenchLists(databaseUrl: string, list: Endpoint[], dir: string) {
  const out: Record<string, { pageAndCount: number; page: number }> = {};
  if (!PGBENCH) return out;
  for (const e of list) {
    if (!e.rest) continue;
    const sqls = listSql(e);
    const pageAndCount = pgbench(databaseUrl, `${sqls.page};\n${sqls.count};\n`, dir).tps;
    const page = pgbench(databaseUrl, `${sqls.page};\n`, dir).tps;
    out[e.key] = { pageAndCount, page };
    log(`  pgbench            ${e.label.padEnd(34)} page+count ${pageAndCount.toFixed(0).padStart(6)} tps, page ${page.toFixed(0)} tps`);
  }
  return out;
}

// --- Seeding and configurations -------------------------------------------------------------------

function seed(env: Record<string, string>) {
  const started = Date.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/cli/seed.ts', '--scale', String(SCALE)], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`seed: ${r.stdout}\n${r.stderr}`);
  log(`  seed --scale ${SCALE}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

interface Run {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string };
  settings: { seconds: number; connections: number; scale: number };
  configs: ConfigResult[];
  references: {
    bareNode?: Figures;
    /** The built app's chunks and the first dashboard render in Chromium (PGlite demonstration data). */
    front?: { build: BuildFigures; render?: RenderFigures; on: string };
    jsonServer: Record<string, Record<string, Figures>>;
    pgbench: Record<string, Record<string, { pageAndCount: number; page: number }>>;
  };
  notes: string[];
  budgets?: Budget[];
}

const run: Run = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '?', memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version },
  settings: { seconds: SECONDS, connections: CONNECTIONS, scale: SCALE },
  configs: [],
  references: { jsonServer: {}, pgbench: {} },
  notes: [],
};

const work = mkdtempSync(join(tmpdir(), 'maillage-bench-'));
const cleanups: (() => Promise<void>)[] = [];

/** The app built once for the run, served by the demonstration servers (for the first-render measure). */
const staticDir = join(work, 'dist');

async function measureFront(server: ServerProcess, name: string) {
  if (!FRONT || run.references.front?.render) return;
  log(`First dashboard render in Chromium (${name})…`);
  const render = await firstRender(server.url, ADMIN.email, ADMIN.password);
  run.references.front = { ...run.references.front!, render, on: name };
  log(`  cold ${render.coldMs} ms, warm ${render.warmMs} ms (median of ${render.runs}; first figure « ${render.figure} »)`);
}

async function pgliteConfig(scale: 'demo' | 'national') {
  const dataDir = join(work, `pglite-${scale}`);
  let firstStartMs: number | undefined;
  if (scale === 'national') seed({ DATA_DIR: dataDir, DATABASE_URL: '' });
  else {
    const cold = await startServerProcess({ DATA_DIR: dataDir, DATABASE_URL: '' });
    firstStartMs = cold.readyMs;
    await cold.stop();
  }
  const server = await startServerProcess({ DATA_DIR: dataDir, DATABASE_URL: '', STATIC_DIR: staticDir });
  try {
    log(`PGlite ${scale}: ready in ${(server.readyMs / 1000).toFixed(1)} s`);
    const { result, ctx } = await measureServer(`PGlite ${scale}`, server, 'pglite', scale, firstStartMs);
    run.configs.push(result);
    if (scale === 'demo') await measureFront(server, result.name);
    // json-server on the same rows, exported through this server's API (needs no PostgreSQL).
    const list = endpoints(ctx).filter(measured);
    const file = join(work, `db-${scale}.json`);
    const withJsonServer = REFERENCES && !run.references.jsonServer[scale] && list.some((e) => e.jsonServer);
    const rows = withJsonServer ? await exportCandidatesThroughApi(server.url, (await signIn(server.url, ADMIN.email, ADMIN.password)).cookie, file) : 0;
    await server.stop();
    if (withJsonServer) {
      log(`json-server on the ${scale} rows:`);
      run.references.jsonServer[scale] = await jsonServer(file, rows, list);
    }
    // PGlite's folder takes one process at a time: the uncached server starts once the first has stopped.
    await measureUncachedStats(result.name, result, { DATA_DIR: dataDir, DATABASE_URL: '' });
    return ctx;
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function postgresConfig(scale: 'demo' | 'national') {
  const { url, drop } = await createPostgresDatabase();
  cleanups.push(drop);
  let firstStartMs: number | undefined;
  if (scale === 'national') seed({ DATABASE_URL: url });
  else {
    const first = await startServerProcess({ DATABASE_URL: url });
    firstStartMs = first.readyMs;
    await first.stop();
  }
  const server = await startServerProcess({ DATABASE_URL: url, STATIC_DIR: staticDir });
  let list: Endpoint[];
  let result: ConfigResult;
  try {
    log(`PostgreSQL ${scale}: ready in ${(server.readyMs / 1000).toFixed(1)} s`);
    const measuredServer = await measureServer(`PostgreSQL ${scale}`, server, 'postgres', scale, firstStartMs);
    result = measuredServer.result;
    run.configs.push(result);
    if (scale === 'demo') await measureFront(server, result.name);
    list = endpoints(measuredServer.ctx).filter(measured);
  } finally {
    await server.stop();
  }
  await measureUncachedStats(result.name, result, { DATABASE_URL: url });
  if (REFERENCES && list.some((e) => e.rest)) {
    log(`References on the ${scale} rows:`);
    if (!run.references.jsonServer[scale]) {
      const file = join(work, `db-${scale}.json`);
      run.references.jsonServer[scale] = await jsonServer(file, await exportCandidates(url, file), list);
    }
    run.references.pgbench[scale] = await pgbenchLists(url, list, work);
    if (!PGBENCH) run.notes.push('pgbench not found: raw-SQL reference skipped');
  }
  await drop();
  cleanups.splice(cleanups.indexOf(drop), 1);
  return list;
}

// --- Budgets --------------------------------------------------------------------------------------

interface Budget {
  name: string;
  held: boolean | null;
  measured: string;
  limit: string;
  margin: string;
}

function budgets(): Budget[] {
  const out: Budget[] = [];
  const add = (name: string, value: number | null | undefined, limit: number, lower: boolean, unit: string, measured?: string) => {
    // A reference that completed no request (limit 0) gives no budget to check.
    if (value === null || value === undefined || !Number.isFinite(value) || !Number.isFinite(limit) || limit === 0)
      return out.push({ name, held: null, measured: 'not measured', limit: `${lower ? '<' : '≥'} ${fmt(limit)}${unit}`, margin: '' });
    const held = lower ? value < limit : value >= limit;
    const ratio = lower ? limit / value : value / limit;
    out.push({
      name,
      held,
      measured: measured ?? `${fmt(value)}${unit}`,
      limit: `${lower ? '<' : '≥'} ${fmt(limit)}${unit}`,
      margin: held ? `${ratio.toFixed(ratio < 10 ? 2 : 0)}× within` : `${(1 / ratio).toFixed(2)}× over`,
    });
  };
  const pgNational = run.configs.find((c) => c.database === 'postgres' && c.scale === 'national');
  const pgliteDemo = run.configs.find((c) => c.database === 'pglite' && c.scale === 'demo');
  const of = (c: ConfigResult | undefined, kind: Kind) => (c ? Object.entries(c.endpoints).filter(([, f]) => f.kind === kind) : []);
  for (const [, f] of of(pgNational, 'list')) add(`PG national ${f.label}: p99`, f.p99, 50, true, ' ms');
  for (const [, f] of of(pgNational, 'getMany')) add(`PG national ${f.label}: p99`, f.p99, 50, true, ' ms');
  for (const [, f] of of(pgNational, 'get')) add(`PG national ${f.label}: p99`, f.p99, 50, true, ' ms');
  for (const [, f] of of(pgNational, 'stats')) add(`PG national ${f.label}: p99`, f.p99, 100, true, ' ms');
  for (const [key, f] of of(pgNational, 'list')) {
    const js = run.references.jsonServer.national?.[key];
    if (js) add(`PG national ${f.label}: ≥ 100× json-server (${fmt(js.rps)}/s)`, f.rps, 100 * js.rps, false, ' req/s');
    const raw = run.references.pgbench.national?.[key];
    if (raw) add(`PG national ${f.label}: ≥ 0.8× pgbench page+count (${fmt(raw.pageAndCount)}/s)`, f.rps, 0.8 * raw.pageAndCount, false, ' req/s');
  }
  const bare = run.references.bareNode?.rps;
  for (const c of run.configs)
    for (const [, f] of of(c, 'get')) add(`${c.name} get by id ≥ 0.2× bare node:http (${fmt(bare ?? NaN)}/s)`, f.rps, 0.2 * (bare ?? NaN), false, ' req/s');
  if (pgliteDemo) for (const [, f] of Object.entries(pgliteDemo.endpoints)) add(`PGlite demo ${f.label}: p99`, f.p99, 50, true, ' ms');
  for (const c of run.configs.filter((c) => c.database === 'postgres')) add(`${c.name} server memory (peak RSS)`, c.peakRssMb, 300, true, ' MB');
  for (const c of run.configs.filter((c) => c.firstStartMs !== undefined)) add(`${c.name} warm npm start`, c.readyMs / 1000, 5, true, ' s');
  const front = run.references.front;
  if (front) add('initial JavaScript (entry + static imports, gzip)', front.build.initialGzipKb, 350, true, ' KB', `${front.build.initialGzipKb} KB`);
  return out;
}

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));

// --- Report ---------------------------------------------------------------------------------------

function table(): string {
  const configs = run.configs;
  const keys = [...new Set(configs.flatMap((c) => Object.keys(c.endpoints)))];
  const labelOf = (k: string) => configs.find((c) => c.endpoints[k])!.endpoints[k].label;
  const cell = (f?: Figures) => (f ? `${fmt(f.rps)}/s ${f.p50}/${f.p99}` : '—');
  const pgn = configs.find((c) => c.database === 'postgres' && c.scale === 'national') ?? configs.find((c) => c.database === 'postgres');
  const scaleRef = pgn?.scale ?? 'national';
  const refScale = scaleRef === 'national' ? 'nat.' : 'demo';
  // json-server on the demonstration rows, beside PGlite's demonstration figures (same requests).
  const pgliteDemo = configs.find((c) => c.database === 'pglite' && c.scale === 'demo');
  const head = [
    'endpoint (req/s p50/p99 ms)',
    ...configs.map((c) => `${c.name} (${c.candidates} cand.)`),
    'json-server demo',
    'PGlite demo / json',
    `json-server ${refScale}`,
    `pgbench p+c / page ${refScale}`,
    'vs json / vs p+c',
  ];
  const blank = ['', '', '', '', ''];
  const lines = keys.flatMap((k) => {
    const jsDemo = run.references.jsonServer.demo?.[k];
    const demoMine = pgliteDemo?.endpoints[k];
    const js = run.references.jsonServer[scaleRef]?.[k];
    const raw = run.references.pgbench[scaleRef]?.[k];
    const mine = pgn?.endpoints[k];
    const ratios = mine && (js || raw) ? `${js ? `${fmt(mine.rps / js.rps)}×` : '—'} / ${raw ? `${fmt(mine.rps / raw.pageAndCount)}×` : '—'}` : '';
    const row = [
      labelOf(k),
      ...configs.map((c) => cell(c.endpoints[k])),
      jsDemo ? cell(jsDemo) : '',
      jsDemo && demoMine ? `${fmt(demoMine.rps / jsDemo.rps)}×` : '',
      js ? cell(js) : '',
      raw ? `${fmt(raw.pageAndCount)} / ${fmt(raw.page)}` : '',
      ratios,
    ];
    // Statistics: the cached figure (the budget's), then what computing them costs (STATS_CACHE_MS=0).
    if (!configs.some((c) => c.endpoints[k]?.uncached)) return [row];
    const uncached = [`  ↳ sans cache`, ...configs.map((c) => (c.endpoints[k]?.uncached ? cell(c.endpoints[k].uncached) : '')), ...blank];
    return [row, uncached];
  });
  lines.push(['bare node:http (reference)', ...configs.map(() => ''), ...blank.slice(1), run.references.bareNode ? cell(run.references.bareNode) : '—']);
  lines.push(['ready (warm start)', ...configs.map((c) => `${(c.readyMs / 1000).toFixed(1)} s${c.firstStartMs !== undefined ? ` (1st ${(c.firstStartMs / 1000).toFixed(1)} s)` : ''}`), ...blank]);
  lines.push(['server peak RSS', ...configs.map((c) => (c.peakRssMb === null ? '?' : `${c.peakRssMb} MB`)), ...blank]);
  const front = run.references.front;
  if (front?.render)
    lines.push(['1st dashboard figure (Chromium)', ...configs.map((c) => (c.name === front.on ? `${front.render!.coldMs} ms (cached ${front.render!.warmMs} ms)` : '')), ...blank]);
  if (front) lines.push(['initial JS (gzip)', ...configs.map(() => ''), ...blank.slice(1), `${front.build.initialGzipKb} KB`]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [row(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(row)].join('\n');
}

async function main() {
  const started = Date.now();
  const pgUp = await postgresReachable();
  if (!pgUp) run.notes.push('PostgreSQL not reachable: PostgreSQL configurations and SQL/json-server references skipped');

  if (MEASURE_ENDPOINTS) {
    log(`bare node:http…`);
    run.references.bareNode = await bareNode();
    log(`  ${fmt(run.references.bareNode.rps)} req/s`);
  }
  if (FRONT) {
    log('vite build…');
    const build = buildApp(staticDir);
    run.references.front = { build, on: '' };
    log(`  initial JavaScript ${build.initialGzipKb} KB gzip: ${build.initial.map((c) => `${c.file} ${c.gzipKb} KB`).join(', ')}`);
    log(`  lazy: ${build.lazy.map((c) => `${c.file} ${c.gzipKb} KB`).join(', ')}`);
  }

  if (USE_PGLITE) {
    log('PGlite, demonstration scale…');
    await pgliteConfig('demo');
  }
  if (pgUp && USE_POSTGRES) {
    log('PostgreSQL, demonstration scale…');
    await postgresConfig('demo');
  }
  if (!SKIP_NATIONAL && pgUp && USE_POSTGRES) {
    log(`PostgreSQL, national scale (seed --scale ${SCALE})…`);
    await postgresConfig('national');
  }
  if (!SKIP_PGLITE_NATIONAL && USE_PGLITE) {
    log(`PGlite, national scale (seed --scale ${SCALE})…`);
    await pgliteConfig('national');
  } else run.notes.push(SKIP_NATIONAL ? 'national scale skipped (BENCH_SKIP_NATIONAL=1 or BENCH_ONLY without `national`)' : 'PGlite at national scale skipped (BENCH_SKIP_PGLITE_NATIONAL=1)');
  if (ONLY.length) run.notes.push(`BENCH_ONLY=${ONLY.join(',')}: only these parts were measured`);

  const varied = run.configs.flatMap((c) => Object.values(c.endpoints)).filter((f) => f.variants > 1);
  if (varied.length)
    run.notes.push(`lists, get and getMany rotate through varied requests (tests/perf/variants.ts: ${[...new Set(varied.map((f) => f.variants))].sort((a, b) => a - b).join('/')} variants per endpoint), on json-server too`);
  const pgliteMode = process.env.PGLITE_WORKER === '0' ? 'in the main thread (PGLITE_WORKER=0)' : 'in a worker thread';
  if (run.configs.some((c) => c.database === 'pglite')) run.notes.push(`PGlite ran ${pgliteMode}${process.env.PGLITE_PREPARED === '0' ? ', without prepared statements (PGLITE_PREPARED=0)' : ''}`);
  run.budgets = budgets();
  const minutes = ((Date.now() - started) / 60000).toFixed(1);
  const out = [
    '',
    `Maillage bench — ${run.date.slice(0, 16).replace('T', ' ')} UTC, ${run.machine.cpus} cores (${run.machine.cpuModel}), Node ${run.machine.node}, ${CONNECTIONS} connections, ${SECONDS} s per endpoint, signed in (admin); national = seed --scale ${SCALE}; ${minutes} min`,
    '',
    table(),
    '',
    'Budgets:',
    ...run.budgets.map((b) => `  ${b.held === null ? 'n/a ' : b.held ? 'PASS' : 'MISS'}  ${b.name}: ${b.measured} (budget ${b.limit}${b.margin ? `, ${b.margin}` : ''})`),
    ...run.notes.map((n) => `Note: ${n}`),
  ];
  console.log(out.join('\n'));
  const dir = join(process.cwd(), 'tests/perf/results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `bench-${run.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(run, null, 2));
  writeFileSync(join(dir, 'latest.json'), JSON.stringify(run, null, 2));
  console.log(`\nFigures written to ${file}`);
}

try {
  await main();
} finally {
  for (const c of cleanups) await c().catch(() => {});
  rmSync(work, { recursive: true, force: true });
}
