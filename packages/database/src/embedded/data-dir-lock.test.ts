import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirLocked } from '../errors';
import { LOCK_FILE, lockDataDir } from './data-dir-lock';

let dataDir: string;
const lockFile = () => join(dataDir, LOCK_FILE);

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'hotline-lock-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

describe('lockDataDir', () => {
  it('writes our pid and removes the file on release', async () => {
    const lock = await lockDataDir(dataDir);
    expect(await readFile(lockFile(), 'utf8')).toBe(String(process.pid));
    await lock.release();
    await expect(readFile(lockFile())).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses a second lock of the same directory until the first is released', async () => {
    const first = await lockDataDir(dataDir);
    await expect(lockDataDir(dataDir)).rejects.toMatchObject({ code: 'database/data-dir-locked', pid: process.pid });
    await first.release();
    await (await lockDataDir(dataDir)).release();
  });

  it('refuses a directory held by another live process, naming it, the pid and the way out', async () => {
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30_000)']);
    try {
      await writeFile(lockFile(), String(other.pid));
      const error = await lockDataDir(dataDir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DataDirLocked);
      expect((error as DataDirLocked).message).toContain(dataDir);
      expect((error as DataDirLocked).message).toContain(String(other.pid));
      expect((error as DataDirLocked).message).toMatch(/stop that process.*DATA_DIR/);
    } finally {
      other.kill();
    }
  });

  it('takes over a lock left by a dead process', async () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    await writeFile(lockFile(), String(dead));
    const lock = await lockDataDir(dataDir);
    expect(await readFile(lockFile(), 'utf8')).toBe(String(process.pid));
    await lock.release();
  });

  it('takes over a lock with our own pid that this process does not hold (a restarted container is pid 1 again)', async () => {
    await writeFile(lockFile(), String(process.pid));
    await (await lockDataDir(dataDir)).release();
  });

  it('takes over an unreadable lock', async () => {
    await writeFile(lockFile(), 'not a pid');
    await (await lockDataDir(dataDir)).release();
  });
});
