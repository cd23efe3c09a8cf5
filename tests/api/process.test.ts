import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The real `npm start` process (without the app build), on the demonstration data: data written through
 * the API, and the session, survive a stop and a restart on the same folder; a second process on that
 * folder is refused.
 */
interface Started {
  child: ChildProcess;
  url: string;
}

function startServer(dataDir: string): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli/start.ts', '--no-build'], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/[\w.]+:(\d+)/.exec(output);
      if (match) resolve({ child, url: `http://127.0.0.1:${match[1]}` });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.on('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

describe('the server process on an embedded database folder', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'maillage-process-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps what was written across a restart, and refuses a second process on the folder', async () => {
    const first = await startServer(dataDir);
    let created: { id: number };
    let session: Record<string, string>;
    try {
      const login = await fetch(`${first.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'region@maillage.demo', password: 'maillage-demo' }),
      });
      expect(login.status).toBe(200);
      session = { cookie: login.headers.get('set-cookie')!.split(';')[0], 'x-csrf-token': (await login.json()).csrfToken };
      const response = await fetch(`${first.url}/api/targets`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...session },
        body: JSON.stringify({ year: 2031, professionals: 12, centres: 3 }),
      });
      expect(response.status).toBe(201);
      created = await response.json();

      // A second process on the same folder stops with a clear message.
      const second = await startServer(dataDir).then(
        (s) => stop(s.child).then(() => 'started'),
        (error: Error) => error.message,
      );
      expect(second).toMatch(/exited with 1: .*déjà utilisé par le processus/s);
    } finally {
      expect(await stop(first.child)).toBe(0);
    }

    const again = await startServer(dataDir);
    try {
      // The session too is kept in the database: it survives the restart.
      const response = await fetch(`${again.url}/api/targets/${created.id}`, { headers: session });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ year: 2031, professionals: 12, centres: 3 });
    } finally {
      await stop(again.child);
    }
  }, 120_000);
});
