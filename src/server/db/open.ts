import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { MIGRATION_LOCK } from './migrations';
import { openInProcess, openInWorker, type PgliteClient } from './pglite-client';
import * as schema from './schema';
import type { Database, Db } from './types';

/** Node-only: opens the embedded PGlite database in a folder, or PostgreSQL through a URL. */

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

export interface OpenOptions {
  /** PostgreSQL connection string; when absent, PGlite. */
  databaseUrl?: string;
  /** PGlite's folder (`DATA_DIR`); absent: in memory. */
  dataDir?: string;
  /** A PGlite image (`dumpDataDir()`) to start from instead of running initdb. */
  loadDataDir?: Blob | File;
  /** Pool size for PostgreSQL. */
  poolSize?: number;
  /** PostgreSQL: how long to wait for a connection (DB_CONNECT_TIMEOUT_MS, default 5 s). */
  connectTimeoutMs?: number;
  /** PostgreSQL: longest a statement may run (DB_STATEMENT_TIMEOUT_MS, default 15 s); the server cancels it. */
  statementTimeoutMs?: number;
  /**
   * PGlite in a worker thread (pglite-client.ts): SQL on one core, HTTP and JSON on the other. The server
   * (`npm start`) says true unless PGLITE_WORKER=0; absent: in this thread (tests, scripts).
   */
  worker?: boolean;
  /** PGlite through named prepared statements (pglite-statements.ts); false: PGlite's own query() (PGLITE_PREPARED=0). */
  prepared?: boolean;
}

export interface NodeDatabase extends Database {
  /** Applies the committed drizzle-kit migrations (serialised between processes on PostgreSQL). */
  migrate(): Promise<void>;
}

export async function openDatabase(options: OpenOptions): Promise<NodeDatabase> {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options) : openPglite(options);
}

export const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;
export const DEFAULT_STATEMENT_TIMEOUT_MS = 15_000;

async function openPostgres(url: string, options: OpenOptions): Promise<NodeDatabase> {
  const statementTimeout = options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS;
  // Without timeouts, a server that accepts TCP and never answers held every request (health included)
  // for as long as the operating system's TCP timeout. The connection timeout bounds the handshake; the
  // server-side statement_timeout cancels a long statement; the client-side query_timeout, a little
  // longer, gives up on a server that no longer answers at all. All of them end as 503 (db/unavailable.ts).
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    statement_timeout: statementTimeout,
    query_timeout: statementTimeout + 1_000,
  });
  // A lost connection to the server must not crash the process; queries will fail and say so.
  pool.on('error', (error) => console.error('[db] idle client error', error.message));
  const db = drizzleNodePg({ client: pool, schema, casing: 'snake_case' }) as unknown as Db;
  return { db, kind: 'postgres', close: () => pool.end(), migrate: () => migratePostgres(url) };
}

/** On one connection, so that the advisory lock is taken and released by the same session. */
async function migratePostgres(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migrateNodePg(drizzleNodePg({ client, casing: 'snake_case' }), { migrationsFolder });
  } finally {
    await client.end();
  }
}

async function openPglite({ dataDir, loadDataDir, worker = false, prepared = true }: OpenOptions): Promise<NodeDatabase> {
  let release = () => {};
  let pgDir: string | undefined;
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    release = lockFolder(dataDir);
    pgDir = join(dataDir, 'pgdata');
  }
  try {
    const settings = { dataDir: pgDir, loadDataDir, prepared };
    const client: PgliteClient = worker ? await openInWorker(settings) : await openInProcess(settings);
    // Drizzle's PGlite driver only calls query() and transaction() on its client.
    const db = drizzlePglite({ client: client as never, schema, casing: 'snake_case' }) as unknown as Db;
    return {
      db,
      kind: 'pglite',
      migrate: () => migratePglite(db as never, { migrationsFolder }),
      close: async () => {
        try {
          await client.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/**
 * PGlite does not lock its folder, and two processes on one folder corrupt it: take an exclusive
 * lock file, and refuse to start while another live process holds it.
 */
const heldLocks = new Set<string>();

export function lockFolder(dataDir: string): () => void {
  const lockPath = resolve(dataDir, 'maillage.lock');
  if (heldLocks.has(lockPath)) throw new Error(`Le dossier de données ${resolve(dataDir)} est déjà ouvert par ce processus.`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      heldLocks.add(lockPath);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        heldLocks.delete(lockPath);
        rmSync(lockPath, { force: true });
        process.off('exit', release);
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(lockPath, 'utf8'));
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid))
        throw new Error(
          `Le dossier de données ${resolve(dataDir)} est déjà utilisé par le processus ${pid}. ` +
            'Arrêtez-le, ou choisissez un autre dossier avec DATA_DIR (la base embarquée ne supporte qu’un processus).',
        );
      rmSync(lockPath, { force: true }); // left by a process that died (or an earlier one with our pid)
    }
  }
  throw new Error(`Impossible de verrouiller ${lockPath}`);
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
