import { spawn, type ChildProcess } from 'node:child_process';

/** Starts `src/server/cli/start.ts` in its own process and resolves with its URL once it listens. */
export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Milliseconds from spawn to « Prêt ». */
  readyMs: number;
  /** SIGTERM, then resolves with the exit code (0 after a clean shutdown). */
  stop(): Promise<number | null>;
}

export function startServerProcess(env: Record<string, string>, args: string[] = ['--no-build']): Promise<ServerProcess> {
  const spawned = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli/start.ts', ...args], {
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () =>
    new Promise<number | null>((resolve) => {
      if (child.exitCode !== null) return resolve(child.exitCode);
      child.on('exit', (code) => resolve(code));
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Prêt en .*http:\/\/[\w.]+:(\d+)/.exec(output);
      if (match) resolve({ child, url: `http://127.0.0.1:${match[1]}`, readyMs: Date.now() - spawned, stop });
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
}

/** Signs in as the Région's demonstration account: every /api route but login and health needs the session cookie. */
export async function signIn(url: string, email = 'region@maillage.demo', password = 'maillage-demo') {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in as ${email}: ${response.status} ${await response.text()}`);
  const cookie = response.headers.get('set-cookie')!.split(';')[0];
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}
