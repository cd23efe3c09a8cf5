import { PGlite, type QueryOptions, type Results } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { statementRunner, type StatementRunner } from './pglite-statements';

/**
 * The side of the embedded database that owns the PGlite instance (Node only): in a worker thread
 * (pglite-worker.ts) for the server, or in the calling thread for tests and scripts. Its caller is
 * pglite-client.ts, which gives Drizzle the client it expects.
 *
 * Everything runs one operation at a time, in the order received. A transaction is a `begin` with an
 * id, the operations carrying that id, then `commit` or `rollback`: while it is open, operations of
 * anyone else wait (in order) until it ends, as PGlite's own `transaction()` makes them wait. So a
 * transaction's writes are seen by nobody until its commit, and a statement that is not part of it
 * never runs inside it.
 */

export interface PgliteSettings {
  /** The PostgreSQL data folder (`<DATA_DIR>/pgdata`); absent: in memory. */
  dataDir?: string;
  /** A PGlite image (`dumpDataDir()`) to start from instead of running initdb. */
  loadDataDir?: Blob;
  /** Named prepared statements (pglite-statements.ts); false: PGlite's own `query()` (A/B measures). */
  prepared?: boolean;
}

/** Opens PGlite as the server uses it (same settings in the worker and in the calling thread). */
export function createPglite(settings: Pick<PgliteSettings, 'dataDir' | 'loadDataDir'>) {
  // pg_trgm: the trigram indexes of `q` searches (migration 0002).
  // A WAL of 32 to 64 MB instead of PostgreSQL's 80 MB to 1 GB: checkpoints come sooner, and the
  // folder does not keep up to a gigabyte of WAL after a large load.
  return PGlite.create({
    dataDir: settings.dataDir,
    loadDataDir: settings.loadDataDir,
    extensions: { pg_trgm },
    startParams: [...PGlite.defaultStartParams, '-c', 'max_wal_size=64MB', '-c', 'min_wal_size=32MB'],
  });
}

/**
 * Query options that cross a thread: no functions. `rawTypes` are the column types the caller parses
 * itself (Drizzle keeps dates and timestamps as text): the host leaves them as text.
 */
export interface WireQueryOptions {
  rowMode?: 'array' | 'object';
  rawTypes?: number[];
  paramTypes?: number[];
}

export type HostRequest =
  | { op: 'query'; text: string; params: unknown[]; options?: WireQueryOptions; tx?: number }
  | { op: 'exec'; text: string; options?: WireQueryOptions; tx?: number }
  | { op: 'begin'; tx: number }
  | { op: 'commit'; tx: number }
  | { op: 'rollback'; tx: number }
  | { op: 'dump'; compression?: 'none' | 'gzip' | 'auto' }
  | { op: 'close' };

interface Job {
  request: HostRequest;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

const keepText = (value: unknown) => value;

function parsersOf(options?: WireQueryOptions): QueryOptions | undefined {
  if (!options) return undefined;
  const out: QueryOptions = {};
  if (options.rowMode) out.rowMode = options.rowMode;
  if (options.paramTypes) out.paramTypes = options.paramTypes;
  if (options.rawTypes?.length) {
    const key = options.rawTypes.join(',');
    let parsers = textParsers.get(key);
    if (!parsers) textParsers.set(key, (parsers = Object.fromEntries(options.rawTypes.map((t) => [t, keepText]))));
    out.parsers = parsers;
  }
  return out;
}

/** The « keep as text » parsers of each set of types (Drizzle always sends the same one). */
const textParsers = new Map<string, Record<number, typeof keepText>>();

/** Raised on COMMIT of a transaction that an earlier error had aborted (PGlite's TransactionAbortedError). */
function abortedError() {
  return Object.assign(new Error('Transaction was rolled back instead of committed'), { name: 'TransactionAbortedError', code: '25P02', severity: 'ERROR' });
}

export class PgliteHost {
  /** The transaction open now, from its `begin` being accepted until its `commit` or `rollback` ran. */
  private open: number | undefined;
  private waiting: Job[] = [];
  private chain: Promise<void> = Promise.resolve();
  private closed = false;
  private readonly runner: StatementRunner | undefined;

  constructor(
    readonly pg: PGlite,
    prepared = true,
  ) {
    this.runner = prepared ? statementRunner(pg) : undefined;
  }

  submit(request: HostRequest): Promise<unknown> {
    return new Promise((resolve, reject) => this.accept({ request, resolve, reject }));
  }

  private accept(job: Job) {
    const { request } = job;
    const tx = 'tx' in request ? request.tx : undefined;
    if (this.open !== undefined && tx !== this.open) {
      // Someone else's statement, or the next transaction: after this one.
      this.waiting.push(job);
      return;
    }
    if (request.op === 'begin') this.open = request.tx;
    this.chain = this.chain.then(() => this.run(job));
  }

  private async run({ request, resolve, reject }: Job) {
    try {
      resolve(await this.perform(request));
    } catch (error) {
      reject(error);
    } finally {
      const ends = request.op === 'commit' || request.op === 'rollback';
      // A `begin` that failed opened nothing.
      if ((ends || (request.op === 'begin' && !this.pg.isInTransaction())) && this.open === request.tx) {
        this.open = undefined;
        const waiting = this.waiting.splice(0);
        for (const job of waiting) this.accept(job);
      }
    }
  }

  private async perform(request: HostRequest): Promise<unknown> {
    if (this.closed) throw Object.assign(new Error('La base embarquée PGlite est fermée'), { code: '57P01' });
    if ('tx' in request && request.tx !== undefined && request.tx !== this.open) throw new Error('Transaction is closed');
    switch (request.op) {
      case 'query': {
        const options = parsersOf(request.options);
        return this.runner ? this.runner.query(request.text, request.params, options) : this.pg.query(request.text, request.params, options);
      }
      case 'exec':
        return this.pg.exec(request.text, parsersOf(request.options));
      case 'begin':
        await this.pg.exec('BEGIN');
        return null;
      case 'commit': {
        const [result] = await this.pg.exec('COMMIT');
        if (result?.command === 'ROLLBACK') throw abortedError();
        return null;
      }
      case 'rollback':
        await this.pg.exec('ROLLBACK');
        return null;
      case 'dump':
        return this.pg.dumpDataDir(request.compression);
      case 'close':
        this.closed = true;
        await this.pg.close();
        return null;
    }
  }
}

/** What crosses a thread of a database error: PostgreSQL's fields (code, detail, constraint…) and the query. */
export function errorToWire(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const out: Record<string, unknown> = { message: error.message, name: error.name, stack: error.stack };
  for (const [key, value] of Object.entries(error))
    if (key !== 'queryOptions' && (value === null || ['string', 'number', 'boolean'].includes(typeof value))) out[key] = value;
  return out;
}

export function errorFromWire(wire: Record<string, unknown>): Error {
  const error = new Error(String(wire.message));
  Object.assign(error, wire);
  return error;
}

export type { Results };
