import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { signIn, startServerProcess } from '../support/server-process';

/**
 * The real `npm start` process (without the app build), on the demonstration data: data written through
 * the API, and the session, survive a stop and a restart on the same folder; a second process on that
 * folder is refused.
 *
 * `startServer` resolves once the server listens, or rejects with its output when it exits first.
 */
const startServer = (dataDir: string) => startServerProcess({ DATA_DIR: dataDir, DATABASE_URL: '' });

describe('the server process on an embedded database folder', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'maillage-process-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps what was written across a restart, and refuses a second process on the folder', async () => {
    const first = await startServer(dataDir);
    let created: { id: number };
    let session: Record<string, string>;
    try {
      const { cookie, csrfToken } = await signIn(first.url);
      session = { cookie, 'x-csrf-token': csrfToken };
      const response = await fetch(`${first.url}/api/targets`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...session },
        body: JSON.stringify({ year: 2031, professionals: 12, centres: 3 }),
      });
      expect(response.status).toBe(201);
      created = await response.json();

      // A second process on the same folder stops with a clear message.
      const second = await startServer(dataDir).then(
        (s) => s.stop().then(() => 'started'),
        (error: Error) => error.message,
      );
      expect(second).toMatch(/exited with 1: .*déjà utilisé par le processus/s);
    } finally {
      expect(await first.stop()).toBe(0);
    }

    const again = await startServer(dataDir);
    try {
      // The session too is kept in the database: it survives the restart.
      const response = await fetch(`${again.url}/api/targets/${created.id}`, { headers: session });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ year: 2031, professionals: 12, centres: 3 });
    } finally {
      await again.stop();
    }
  }, 120_000);
});
