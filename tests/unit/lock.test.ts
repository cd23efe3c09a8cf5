import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockFolder } from '../../src/server/db/open';

describe('lockFolder (PGlite data folder lock)', () => {
  const dirs: string[] = [];
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'maillage-lock-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('refuses a second lock while the first is held, and allows it after release', () => {
    const dir = folder();
    const release = lockFolder(dir);
    expect(() => lockFolder(dir)).toThrow(/déjà ouvert/);
    release();
    expect(existsSync(join(dir, 'maillage.lock'))).toBe(false);
    lockFolder(dir)();
  });

  it('refuses a folder held by another live process, naming it, and leaves its lock alone', () => {
    const dir = folder();
    const lockPath = join(dir, 'maillage.lock');
    const other = spawn('sleep', ['30']);
    try {
      writeFileSync(lockPath, String(other.pid));
      expect(() => lockFolder(dir)).toThrow(`Le dossier de données ${resolve(dir)} est déjà utilisé par le processus ${other.pid}.`);
      expect(() => lockFolder(dir)).toThrow(/choisissez un autre dossier avec DATA_DIR/);
      expect(readFileSync(lockPath, 'utf8')).toBe(String(other.pid));
    } finally {
      other.kill();
    }
  });

  it('takes over a lock left by a process that died', async () => {
    const dir = folder();
    const lockPath = join(dir, 'maillage.lock');
    const dead = spawn('true');
    await new Promise((exited) => dead.on('exit', exited));
    writeFileSync(lockPath, String(dead.pid));
    const release = lockFolder(dir);
    // The lock is now this process's: a second opening here is refused, and release removes it.
    expect(readFileSync(lockPath, 'utf8')).toBe(String(process.pid));
    expect(() => lockFolder(dir)).toThrow(/déjà ouvert par ce processus/);
    release();
    expect(existsSync(lockPath)).toBe(false);
  });
});
