import { parentPort, workerData } from 'node:worker_threads';
import { createPglite, errorToWire, PgliteHost, type HostRequest } from './pglite-host';

/**
 * The PGlite worker thread (started by pglite-client.ts): opens the database, then answers each
 * message `{ id, request }` with `{ id, ok, value }` or `{ id, ok: false, error }`, in the order the
 * host runs them (pglite-host.ts). The main thread meanwhile parses HTTP, checks sessions and writes
 * JSON: with two cores, the two overlap.
 */
export interface WorkerSettings {
  dataDir?: string;
  /** The image's bytes (a Blob does not cross as cheaply). */
  loadDataDir?: ArrayBuffer;
  prepared: boolean;
}

export type WorkerReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: Record<string, unknown> }
  | { id: 0; ready: true }
  | { id: 0; ready: false; error: Record<string, unknown> };

const port = parentPort!;
const settings = workerData as WorkerSettings;

try {
  const pg = await createPglite({ dataDir: settings.dataDir, loadDataDir: settings.loadDataDir ? new Blob([settings.loadDataDir]) : undefined });
  const host = new PgliteHost(pg, settings.prepared);
  port.on('message', ({ id, request }: { id: number; request: HostRequest }) => {
    host.submit(request).then(
      async (value) => {
        if (value instanceof Blob) {
          // A dump: its bytes, moved rather than copied.
          const bytes = await value.arrayBuffer();
          port.postMessage({ id, ok: true, value: bytes } satisfies WorkerReply, [bytes]);
        } else port.postMessage({ id, ok: true, value } satisfies WorkerReply);
      },
      (error) => port.postMessage({ id, ok: false, error: errorToWire(error) } satisfies WorkerReply),
    );
  });
  port.postMessage({ id: 0, ready: true } satisfies WorkerReply);
} catch (error) {
  port.postMessage({ id: 0, ready: false, error: errorToWire(error) } satisfies WorkerReply);
}
