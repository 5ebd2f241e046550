/**
 * The product as `npm start` runs it (all-in-one), in a child process, so a fault test sees it
 * the way a client does: over HTTP, with its exit code, and with nothing shared in memory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const START_TIMEOUT_MS = 90_000;

export interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export interface ProductProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Resolves when the process has exited. */
  readonly exited: Promise<Exit>;
  /** What the process wrote to stdout and stderr (its JSON logs), for a failing test's message. */
  output(): string;
  /** Kills it if it still runs (SIGKILL), for clean-up. */
  kill(): Promise<void>;
}

/**
 * Starts the product with `env` (storage: DATABASE_URL, DATABASE_SCHEMA, DATA_DIR) on a free
 * port, test mode, fresh secrets, no rate limits; resolves once `/readyz` answers 200.
 */
export async function startProduct(env: Record<string, string>): Promise<ProductProcess> {
  const port = await freePort();
  const secret = () => randomBytes(32).toString('base64url');
  const child = spawn(process.execPath, ['--import', 'tsx', 'services/all-in-one/src/main.ts'], {
    cwd: ROOT,
    // Not the test run's environment: its REDIS_URL, EVENTSTORE_URL or DATABASE_SCHEMA would send the product elsewhere.
    env: {
      ...pick(process.env, ['PATH', 'HOME', 'TMPDIR']),
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      RATE_LIMIT_LOGIN_PER_MINUTE: '0',
      RATE_LIMIT_INTAKE_PER_MINUTE: '0',
      RATE_LIMIT_PUSH_PER_MINUTE: '0',
      JWT_SECRETS: secret(),
      HOTLINE_12345_SECRET: secret(),
      IP_HASH_KEY: secret(),
      PERSONAL_DATA_INDEX_KEY: secret(),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: string[] = [];
  child.stdout!.setEncoding('utf8').on('data', (text: string) => chunks.push(text));
  child.stderr!.setEncoding('utf8').on('data', (text: string) => chunks.push(text));
  const exited = new Promise<Exit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const product: ProductProcess = {
    url: `http://127.0.0.1:${port}`,
    child,
    exited,
    output: () => chunks.join(''),
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
  const giveUpAt = Date.now() + START_TIMEOUT_MS;
  let gone = false;
  void exited.then(() => (gone = true));
  while (!gone && Date.now() < giveUpAt) {
    const ready = await fetch(`${product.url}/readyz`, { signal: AbortSignal.timeout(5000) }).then((r) => r.ok, () => false);
    if (ready) return product;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await product.kill();
  throw new Error(`the product did not become ready (${gone ? 'it exited' : 'timed out'}):\n${product.output().slice(-4000)}`);
}

const pick = (env: NodeJS.ProcessEnv, names: readonly string[]) =>
  Object.fromEntries(names.flatMap((name) => (env[name] === undefined ? [] : [[name, env[name]]])));

/** A bearer token of a demo user (password "demo"; the product seeds them outside production). */
export async function signIn(url: string, username: string): Promise<string> {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo' }),
  });
  if (!response.ok) throw new Error(`sign-in of ${username}: ${response.status} ${await response.text()}`);
  return `Bearer ${((await response.json()) as { token: string }).token}`;
}
