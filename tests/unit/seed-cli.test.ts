import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseSeedArgs, seedUsage } from '../../src/server/cli/seed-options';

describe('npm run seed: its options', () => {
  it('reads --scale N, --scale=N and --reset, in any order', () => {
    expect(parseSeedArgs([])).toEqual({ help: false, reset: false });
    expect(parseSeedArgs(['--scale', '100'])).toEqual({ help: false, reset: false, scale: 100 });
    expect(parseSeedArgs(['--reset', '--scale=3'])).toEqual({ help: false, reset: true, scale: 3 });
    expect(parseSeedArgs(['--scale', '2', '--reset'])).toEqual({ help: false, reset: true, scale: 2 });
  });

  it('asks for the usage with --help or -h, whatever follows', () => {
    expect(parseSeedArgs(['--help'])).toEqual({ help: true, reset: false });
    expect(parseSeedArgs(['-h', '--frobnicate'])).toEqual({ help: true, reset: false });
    expect(seedUsage).toContain('--scale N');
    expect(seedUsage).toContain('--reset');
  });

  it('refuses a scale that is not a positive integer, saying what it received', () => {
    expect(() => parseSeedArgs(['--scale', '0'])).toThrow('--scale attend un entier positif (reçu : 0)');
    expect(() => parseSeedArgs(['--scale', '-2'])).toThrow('--scale attend un entier positif (reçu : -2)');
    expect(() => parseSeedArgs(['--scale', '1.5'])).toThrow('--scale attend un entier positif (reçu : 1.5)');
    expect(() => parseSeedArgs(['--scale', 'abc'])).toThrow('--scale attend un entier positif (reçu : abc)');
    expect(() => parseSeedArgs(['--scale='])).toThrow('--scale attend un entier positif (reçu : )');
    expect(() => parseSeedArgs(['--scale'])).toThrow('--scale attend un entier positif (reçu : rien)');
  });

  it('refuses an unknown option, with the usage', () => {
    expect(() => parseSeedArgs(['--frobnicate'])).toThrow(`Option inconnue : --frobnicate\n${seedUsage}`);
    expect(() => parseSeedArgs(['--reset', 'extra'])).toThrow('Option inconnue : extra');
  });
});

describe('npm run seed (command line, one process)', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('says clearly, without a stack trace, that the data folder is used by another process', () => {
    const dir = mkdtempSync(join(tmpdir(), 'maillage-seed-cli-'));
    dirs.push(dir);
    const other = spawn('sleep', ['30']);
    try {
      writeFileSync(join(dir, 'maillage.lock'), String(other.pid));
      // `npm run seed` as a user runs it (without npm's banner).
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/cli/seed.ts'], {
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: '', DATA_DIR: dir },
        timeout: 60_000,
      });
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
});
