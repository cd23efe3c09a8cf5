import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { QueryOptions, Results, Transaction } from '@electric-sql/pglite';
import { createPglite, errorFromWire, PgliteHost, type HostRequest, type PgliteSettings, type WireQueryOptions } from './pglite-host';
import type { WorkerReply, WorkerSettings } from './pglite-worker';

/**
 * What drizzle-orm/pglite needs of a PGlite client (`query`, `transaction`, plus `exec`), in front of a
 * PgliteHost running in a worker thread or in this thread. Node only: the browser demo opens PGlite
 * itself (mocks/database.ts).
 *
 * In a worker (the server's default, PGLITE_WORKER=0 to keep it in the main thread), SQL runs on the
 * other core while this thread parses HTTP, checks the session and writes JSON. Statements are posted
 * as they come, without waiting for each other: the worker queues them. A transaction posts `begin`,
 * its statements, then `commit`, or `rollback` when its callback throws; the host keeps everyone else's
 * statements waiting while it is open.
 */

type Send = (request: HostRequest) => Promise<unknown>;

export interface PgliteClient {
  query<T = Record<string, unknown>>(text: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>>;
  exec(text: string, options?: QueryOptions): Promise<Results[]>;
  transaction<T>(callback: (tx: Transaction) => Promise<T>): Promise<T>;
  dumpDataDir(compression?: 'none' | 'gzip' | 'auto'): Promise<Blob>;
  close(): Promise<void>;
  /** Where the database runs. */
  readonly mode: 'worker' | 'in-process';
  /** The worker thread (tests stop it to check that callers get an error, not a hang). */
  readonly worker?: Worker;
}

/** Options without functions for the host; the parsers given for some types are applied here. */
function wireOptions(options?: QueryOptions): WireQueryOptions | undefined {
  if (!options) return undefined;
  if (options.serializers || options.blob || options.onNotice)
    throw new Error('PGlite (maillage) : les options serializers, blob et onNotice ne sont pas prises en charge');
  return {
    rowMode: options.rowMode,
    paramTypes: options.paramTypes,
    rawTypes: options.parsers ? Object.keys(options.parsers).map(Number) : undefined,
  };
}

function applyParsers<T>(result: Results<T>, options?: QueryOptions): Results<T> {
  const parsers = options?.parsers;
  if (!parsers || !result.rows.length) return result;
  const columns = result.fields.flatMap((f, i) => (parsers[f.dataTypeID] ? [{ i, name: f.name, parse: parsers[f.dataTypeID] }] : []));
  if (!columns.length) return result;
  const arrays = options.rowMode === 'array';
  for (const row of result.rows as Record<string | number, unknown>[])
    for (const c of columns) {
      const key = arrays ? c.i : c.name;
      if (row[key] !== null) row[key] = c.parse(row[key] as string);
    }
  return result;
}

class Client implements PgliteClient {
  private transactions = 0;

  constructor(
    private readonly send: Send,
    private readonly shutdown: () => Promise<void>,
    readonly mode: 'worker' | 'in-process',
    readonly worker?: Worker,
  ) {}

  private async queryIn<T>(tx: number | undefined, text: string, params: unknown[] = [], options?: QueryOptions): Promise<Results<T>> {
    const result = (await this.send({ op: 'query', text, params, options: wireOptions(options), tx })) as Results<T>;
    return applyParsers(result, options);
  }

  private async execIn(tx: number | undefined, text: string, options?: QueryOptions): Promise<Results[]> {
    const results = (await this.send({ op: 'exec', text, options: wireOptions(options), tx })) as Results[];
    return results.map((r) => applyParsers(r, options));
  }

  query<T>(text: string, params?: unknown[], options?: QueryOptions) {
    return this.queryIn<T>(undefined, text, params, options);
  }

  exec(text: string, options?: QueryOptions) {
    return this.execIn(undefined, text, options);
  }

  async transaction<T>(callback: (tx: Transaction) => Promise<T>): Promise<T> {
    const id = ++this.transactions;
    await this.send({ op: 'begin', tx: id });
    let closed = false;
    const open = () => {
      if (closed) throw new Error('Transaction is closed');
    };
    const tx: Transaction = {
      query: async (text, params, options) => (open(), this.queryIn(id, text, params, options)),
      sql: async () => {
        throw new Error('PGlite (maillage) : tx.sql n’est pas pris en charge, utilisez tx.query');
      },
      exec: async (text, options) => (open(), this.execIn(id, text, options)),
      rollback: async () => {
        open();
        closed = true;
        await this.send({ op: 'rollback', tx: id });
      },
      listen: async () => {
        throw new Error('PGlite (maillage) : LISTEN n’est pas pris en charge');
      },
      get closed() {
        return closed;
      },
    };
    let result: T;
    try {
      result = await callback(tx);
    } catch (error) {
      if (!closed) {
        closed = true;
        // The transaction's error is the one to report (a rollback can only fail if the worker died).
        await this.send({ op: 'rollback', tx: id }).catch(() => {});
      }
      throw error;
    }
    if (!closed) {
      closed = true;
      await this.send({ op: 'commit', tx: id });
    }
    return result;
  }

  async dumpDataDir(compression?: 'none' | 'gzip' | 'auto') {
    const value = await this.send({ op: 'dump', compression });
    return value instanceof Blob ? value : new Blob([value as ArrayBuffer]);
  }

  close() {
    return this.shutdown();
  }
}

/** PGlite in this thread, behind the same host and client as in the worker. */
export async function openInProcess(settings: PgliteSettings): Promise<PgliteClient> {
  const pg = await createPglite(settings);
  const host = new PgliteHost(pg, settings.prepared ?? true);
  let closing: Promise<void> | undefined;
  return new Client(
    (request) => host.submit(request),
    () => (closing ??= host.submit({ op: 'close' }).then(() => undefined)),
    'in-process',
  );
}

/**
 * The worker thread's code. Node does not run TypeScript itself and a worker does not inherit the
 * parent's `--import tsx` hooks on Node 20: the worker's first lines load the module through tsx's API.
 */
function workerSource(): { source: string | URL; eval: boolean } {
  const module = new URL(import.meta.url.endsWith('.ts') ? './pglite-worker.ts' : './pglite-worker.js', import.meta.url);
  if (!module.pathname.endsWith('.ts')) return { source: module, eval: false };
  const tsx = new URL('./dist/esm/api/index.mjs', pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json'))).href;
  return {
    source: `import(${JSON.stringify(tsx)}).then(({ tsImport }) => tsImport(${JSON.stringify(module.href)}, ${JSON.stringify(import.meta.url)}))`,
    eval: true,
  };
}

/**
 * The worker died (an exception, a WebAssembly abort, out of memory): every caller gets this error
 * instead of waiting, with PostgreSQL's « crash shutdown » code, which the API answers as « base de
 * données indisponible » (503) rather than 500. The process has to be restarted (PGlite recovers its
 * folder from its WAL on the next start).
 */
function stoppedError(message: string, cause?: unknown) {
  console.error(`[db] ${message}`);
  return Object.assign(new Error(message, { cause }), { code: '57P02' });
}

/** After `close()`: PostgreSQL's « admin shutdown » code, as a server shutting down answers. */
export const closedError = () => Object.assign(new Error('La base embarquée PGlite est fermée'), { code: '57P01' });

/** How long `close()` waits for the worker to close PGlite and exit before stopping it. */
const CLOSE_TIMEOUT_MS = 30_000;

/** PGlite in a worker thread. Resolves once the database is open (initdb or recovery included). */
export async function openInWorker(settings: PgliteSettings): Promise<PgliteClient> {
  const { source, eval: evaluate } = workerSource();
  const data: WorkerSettings = {
    dataDir: settings.dataDir,
    loadDataDir: settings.loadDataDir ? await settings.loadDataDir.arrayBuffer() : undefined,
    prepared: settings.prepared ?? true,
  };
  const worker = new Worker(source, { eval: evaluate, workerData: data, transferList: data.loadDataDir ? [data.loadDataDir] : [] });
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: unknown): void }>();
  let next = 0;
  let stopped: Error | undefined;
  let closing = false;
  let ready: { resolve(): void; reject(error: Error): void } | undefined;
  let exited: () => void = () => {};
  const exit = new Promise<void>((resolve) => (exited = resolve));

  /** Every caller waiting, and every later one, gets this error: the database is gone. */
  const fail = (error: Error) => {
    stopped ??= error;
    ready?.reject(stopped);
    for (const p of pending.values()) p.reject(stopped);
    pending.clear();
  };
  worker.on('message', (reply: WorkerReply) => {
    if ('ready' in reply) {
      if (reply.ready) ready?.resolve();
      else ready?.reject(errorFromWire(reply.error));
      ready = undefined;
      return;
    }
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    // The worker keeps the process alive only while somebody waits for it.
    if (!pending.size) worker.unref();
    if (reply.ok) p.resolve(reply.value);
    else p.reject(errorFromWire(reply.error));
  });
  worker.on('error', (error) => fail(stoppedError(`La base embarquée PGlite s’est arrêtée (fil de travail) : ${error.message}`, error)));
  worker.on('exit', (code) => {
    fail(closing ? closedError() : stoppedError(`La base embarquée PGlite s’est arrêtée (fil de travail terminé, code ${code})`));
    exited();
  });

  await new Promise<void>((resolve, reject) => (ready = { resolve, reject })).catch(async (error) => {
    // PGlite could not open (its error says why): stop the worker without a second message about it.
    closing = true;
    await worker.terminate();
    throw error;
  });
  worker.unref();

  const send: Send = (request) => {
    if (stopped) return Promise.reject(stopped);
    return new Promise((resolve, reject) => {
      const id = ++next;
      if (!pending.size) worker.ref();
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, request });
    });
  };
  let closed: Promise<void> | undefined;
  const shutdown = () =>
    (closed ??= (async () => {
      if (!stopped) {
        const done = send({ op: 'close' });
        closing = true;
        // PGlite has closed its files once this answers; a worker that does not answer is stopped.
        const timer = setTimeout(() => void worker.terminate(), CLOSE_TIMEOUT_MS);
        await done.catch(() => {});
        clearTimeout(timer);
      }
      closing = true;
      await worker.terminate();
      await exit;
    })());
  return new Client(send, shutdown, 'worker', worker);
}
