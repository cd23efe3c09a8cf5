import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { createPostgresDatabase, postgresReachable } from '../support/postgres';
import { signIn, startServerProcess } from '../support/server-process';

/**
 * `npm run bench:load`: a first load figure. Starts the real server on the demonstration data (PGlite,
 * then PostgreSQL when reachable) and measures a members list page at 10 connections.
 * Prints cold and warm start times, requests/s and latency percentiles.
 */
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const PATH = `/api/members?sort=${encodeURIComponent('["name","ASC"]')}&range=${encodeURIComponent('[0,24]')}`;

async function measure(url: string) {
  const { cookie } = await signIn(url);
  const result = await autocannon({ url: url + PATH, connections: 10, duration: DURATION, headers: { cookie } });
  if (result.non2xx || result.errors) throw new Error(`${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

const rows: string[] = [];
const dataDir = mkdtempSync(join(tmpdir(), 'maillage-bench-'));
try {
  const cold = await startServerProcess({ DATA_DIR: dataDir });
  await cold.stop();
  const warm = await startServerProcess({ DATA_DIR: dataDir });
  const pglite = await measure(warm.url);
  await warm.stop();
  rows.push(`PGlite      cold start ${(cold.readyMs / 1000).toFixed(1)} s, warm start ${(warm.readyMs / 1000).toFixed(1)} s; members page: ${pglite.rps.toFixed(0)} req/s, p50 ${pglite.p50} ms, p99 ${pglite.p99} ms`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

if (await postgresReachable()) {
  const { url, drop } = await createPostgresDatabase();
  try {
    const first = await startServerProcess({ DATABASE_URL: url });
    await first.stop();
    const server = await startServerProcess({ DATABASE_URL: url });
    const pg = await measure(server.url);
    await server.stop();
    rows.push(`PostgreSQL  first start ${(first.readyMs / 1000).toFixed(1)} s, warm start ${(server.readyMs / 1000).toFixed(1)} s; members page: ${pg.rps.toFixed(0)} req/s, p50 ${pg.p50} ms, p99 ${pg.p99} ms`);
  } finally {
    await drop();
  }
} else rows.push('PostgreSQL  not reachable: skipped');

console.log(`\nGET ${PATH}, 10 connections, ${DURATION} s, ${new Date().toISOString().slice(0, 10)}, node ${process.version}`);
for (const row of rows) console.log(row);
