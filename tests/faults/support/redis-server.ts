/**
 * A Redis of the test's own, on a free port, that the test kills and starts again: the shared
 * Redis on 6379 that other suites use is never touched.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from './free-port';

const REDIS_SERVER = '/usr/bin/redis-server';

export interface PrivateRedis {
  readonly url: string;
  /** Kills the server outright (SIGKILL), as a crash would: nothing flushed, connections cut. */
  kill(): Promise<void>;
  /** Starts it again on the same port, empty; resolves once it accepts connections. */
  start(): Promise<void>;
}

export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  // Should the test die before its cleanup, the server does not outlive it.
  const reap = () => child?.kill('SIGKILL');
  process.once('exit', reap);

  async function start(): Promise<void> {
    const started = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child = started;
    await new Promise<void>((resolve, reject) => {
      let output = '';
      started.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ready to accept connections')) resolve();
      });
      started.once('exit', (code) => reject(new Error(`redis-server exited (${code}) before it was ready:\n${output}`)));
    });
  }

  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    start,
    async kill() {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGKILL');
      await exited;
    },
  };
}
