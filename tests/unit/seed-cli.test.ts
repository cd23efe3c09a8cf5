import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

/** `npm run seed` as a user runs it (without npm's banner). */
function seedCli(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/server/cli/seed.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', ...env },
    timeout: 60_000,
  });
}

describe('npm run seed (command line)', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('says clearly, without a stack trace, that the data folder is used by another process', () => {
    const dir = mkdtempSync(join(tmpdir(), 'maillage-seed-cli-'));
    dirs.push(dir);
    const other = spawn('sleep', ['30']);
    try {
      writeFileSync(join(dir, 'maillage.lock'), String(other.pid));
      const run = seedCli([], { DATA_DIR: dir });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`déjà utilisé par le processus ${other.pid}`);
      expect(run.stderr).toMatch(/^Erreur : /m);
      expect(run.stderr).not.toMatch(/^\s+at /m);
      // Nothing was created in the folder.
      expect(readdirSync(dir)).toEqual(['maillage.lock']);
    } finally {
      other.kill();
    }
  });

  it('rejects a bad option or scale before touching any database', () => {
    const dir = mkdtempSync(join(tmpdir(), 'maillage-seed-cli-'));
    dirs.push(dir);
    for (const args of [['--scale', '0'], ['--scale', 'abc'], ['--scale'], ['--frobnicate']]) {
      const run = seedCli(args, { DATA_DIR: dir });
      expect(run.status, args.join(' ')).toBe(1);
      expect(run.stderr).toMatch(/^Erreur : /m);
      expect(run.stderr).not.toMatch(/^\s+at /m);
    }
    expect(readdirSync(dir)).toEqual([]);
    const help = seedCli(['--help'], { DATA_DIR: dir });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--scale N');
  });
});
