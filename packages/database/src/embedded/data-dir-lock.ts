import { randomUUID } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DataDirLocked } from '../errors';

export const LOCK_FILE = 'hotline.lock';

export interface DataDirLock {
  release(): Promise<void>;
}

/** Lock files this process holds: its own pid in a lock it does not hold is a previous life's. */
const held = new Set<string>();

/**
 * Takes the data directory for this process, or throws {@link DataDirLocked} naming the live
 * process that has it. PGlite has no cross-process locking and two writers corrupt the files;
 * a lock left by a dead process (a crash, a kill -9) is taken over.
 *
 * @example
 * const lock = await lockDataDir('./.data'); // ./.data/hotline.lock holds our pid
 * await lock.release();
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  await mkdir(dataDir, { recursive: true });
  const path = resolve(join(dataDir, LOCK_FILE));
  if (held.has(path)) throw new DataDirLocked(dataDir, process.pid);
  // Each turn either takes the lock, throws, or removes one stale lock.
  for (;;) {
    if (await createWithPid(path)) break;
    const holder = await holderOf(path);
    if (holder !== undefined && holder !== process.pid && isAlive(holder)) {
      throw new DataDirLocked(dataDir, holder);
    }
    await unlink(path).catch(ignoreMissing);
  }
  held.add(path);
  return { release: () => release(path) };
}

/**
 * The file appears with the pid already in it (written aside, then hard-linked into place,
 * which fails if the name exists), so nobody ever reads a half-written lock and takes it for stale.
 */
async function createWithPid(path: string): Promise<boolean> {
  const draft = `${path}.${randomUUID()}`;
  await writeFile(draft, String(process.pid));
  try {
    await link(draft, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await unlink(draft);
  }
}

async function holderOf(path: string): Promise<number | undefined> {
  const text = await readFile(path, 'utf8').catch(ignoreMissing);
  const pid = Number(text);
  return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user, which is still a live writer.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function release(path: string): Promise<void> {
  if (!held.delete(path)) return;
  if ((await holderOf(path)) === process.pid) await unlink(path).catch(ignoreMissing);
}

function ignoreMissing(error: NodeJS.ErrnoException): undefined {
  if (error.code === 'ENOENT') return undefined;
  throw error;
}
