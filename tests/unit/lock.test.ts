import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('refuses a folder held by another live process, naming it', async () => {
    const dir = folder();
    const other = spawn('sleep', ['30']);
    try {
      writeFileSync(join(dir, 'maillage.lock'), String(other.pid));
      expect(() => lockFolder(dir)).toThrow(new RegExp(`déjà utilisé par le processus ${other.pid}`));
    } finally {
      other.kill();
    }
  });

  it('takes over a lock left by a process that died', async () => {
    const dir = folder();
    const dead = spawn('true');
    await new Promise((resolve) => dead.on('exit', resolve));
    writeFileSync(join(dir, 'maillage.lock'), String(dead.pid));
    const release = lockFolder(dir);
    release();
  });
});
