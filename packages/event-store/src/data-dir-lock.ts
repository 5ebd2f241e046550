import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { InvalidOption } from './errors';

/**
 * PGlite has no cross-process locking, and two processes writing one data directory corrupt
 * it. `<dataDir>.lock` holds the owner's pid; a lock whose process is gone is taken over.
 * @returns a function that releases the lock.
 * @throws InvalidOption while another live process holds it.
 */
export function lockDataDir(dataDir: string): () => void {
  const path = `${dataDir}.lock`;
  try {
    writeFileSync(path, String(process.pid), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const owner = Number(readFileSync(path, 'utf8'));
    if (isAlive(owner)) throw new InvalidOption(`${dataDir} is open in process ${owner}; one process per PGlite data directory`);
    writeFileSync(path, String(process.pid));
  }
  return () => rmSync(path, { force: true });
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
