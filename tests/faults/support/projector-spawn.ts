import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const CHILD = new URL('./projector-failover-process.ts', import.meta.url).pathname;

/** A JSON line of the child's stdout, and `at`: when the test read it (ms since the epoch). */
export interface Line {
  readonly at: number;
  readonly [field: string]: unknown;
}

export interface SpawnedProjector {
  readonly pid: number;
  /** Every line so far, in order. */
  readonly lines: readonly Line[];
  /** The first line from `lines[since]` on, already read or yet to come, that `match` accepts. */
  seen(match: (line: Line) => boolean, options?: { since?: number; timeoutMs?: number }): Promise<Line>;
  /** Writes a line on its stdin. */
  tell(text: string): void;
  /** SIGKILL; resolves once it has exited. */
  kill(): Promise<void>;
}

/** Starts tests/faults/support/projector-failover-process.ts with `env`. */
export function spawnProjector(env: NodeJS.ProcessEnv): SpawnedProjector {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], { env, stdio: ['pipe', 'pipe', 'inherit'] });
  const lines: Line[] = [];
  const watchers = new Set<(line: Line) => void>();
  createInterface({ input: child.stdout }).on('line', (text) => {
    const line: Line = { ...JSON.parse(text), at: Date.now() };
    lines.push(line);
    for (const watcher of watchers) watcher(line);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    pid: child.pid!,
    lines,
    seen(match, { since = 0, timeoutMs = 20_000 } = {}) {
      const past = lines.slice(since).find(match);
      if (past) return Promise.resolve(past);
      return new Promise((resolve, reject) => {
        const done = () => (clearTimeout(timer), watchers.delete(watch));
        const recent = () => lines.slice(-5).map((line) => JSON.stringify(line)).join('\n');
        const fail = (why: string) => (done(), reject(new Error(`projector ${child.pid}: ${why}; its last lines:\n${recent()}`)));
        const timer = setTimeout(fail, timeoutMs, `no such line within ${timeoutMs} ms`);
        const watch = (line: Line) => {
          if (match(line)) (done(), resolve(line));
        };
        watchers.add(watch);
        void exited.then(() => fail('exited before saying it'));
      });
    },
    tell: (text) => void child.stdin.write(`${text}\n`),
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
