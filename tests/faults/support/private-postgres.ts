/**
 * A PostgreSQL server of the test's own, in a temporary directory on a free port, that the test
 * may stop, crash and start again. The shared server on 5432 serves test files running in
 * parallel: a fault test must never touch it.
 */
import { execFile } from 'node:child_process';
import { chown, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './free-port';

const run = promisify(execFile);
const PG_ROOT = '/usr/lib/postgresql';

export interface PrivatePostgres {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` */
  readonly url: string;
  /** `fast`: a clean shutdown (sessions are told, in-flight transactions roll back); `immediate`: a crash. */
  stop(mode: 'fast' | 'immediate'): Promise<void>;
  /** Starts it again on the same port and data; resolves once it accepts connections. */
  start(): Promise<void>;
  /** Stops it (if running) and deletes its directory. */
  destroy(): Promise<void>;
}

/** Whether this machine has PostgreSQL's server binaries (the Debian layout). */
export async function hasPostgresBinaries(): Promise<boolean> {
  return (await binDir()) !== undefined;
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = await binDir();
  if (!bin) throw new Error(`no PostgreSQL server binaries under ${PG_ROOT}`);
  const dir = await mkdtemp(join(tmpdir(), 'fault-pg-'));
  const asOwner = await ownerCommand(dir);
  const data = join(dir, 'data');
  const port = await freePort();
  const pgCtl = (...args: string[]) => run(...asOwner(join(bin, 'pg_ctl'), ['-D', data, ...args]), { timeout: 60_000 });
  const start = async () => {
    // The socket directory is ours too: the default (/var/run/postgresql) may be another server's.
    await pgCtl('-l', join(dir, 'server.log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, 'start');
  };
  let running = false;
  try {
    await run(...asOwner(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']), { timeout: 60_000 });
    await start();
    running = true;
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop(mode) {
      await pgCtl('-m', mode, '-w', 'stop');
      running = false;
    },
    async start() {
      await start();
      running = true;
    },
    async destroy() {
      if (running) await pgCtl('-m', 'immediate', '-w', 'stop').catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The newest installed major version's bin directory. */
async function binDir(): Promise<string | undefined> {
  const versions = await readdir(PG_ROOT).catch(() => [] as string[]);
  const newest = versions.filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a))[0];
  return newest && join(PG_ROOT, newest, 'bin');
}

/**
 * initdb and the server refuse to run as root: as root, the directory is handed to the
 * `postgres` user and every command runs as it; as anyone else, commands run as they are.
 */
async function ownerCommand(dir: string): Promise<(file: string, args: string[]) => [string, string[]]> {
  if (process.getuid?.() !== 0) return (file, args) => [file, args];
  const id = async (flag: string) => Number((await run('id', [flag, 'postgres'])).stdout.trim());
  await chown(dir, await id('-u'), await id('-g'));
  return (file, args) => ['runuser', ['-u', 'postgres', '--', file, ...args]];
}
