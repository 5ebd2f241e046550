/** The product as `npm start` runs it (all-in-one) in its own process, on PostgreSQL in a schema of its own, for the benchmarks. */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

export async function startProductServer({ databaseUrl, schema, port }: { databaseUrl: string; schema: string; port: number }): Promise<ChildProcess> {
  const secret = () => randomBytes(32).toString('base64url');
  const server = spawn(process.execPath, ['--import', 'tsx', 'services/all-in-one/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      // The benchmarks register hundreds of cases a second as one operator: measure throughput, not the limits.
      RATE_LIMIT_LOGIN_PER_MINUTE: '0',
      RATE_LIMIT_INTAKE_PER_MINUTE: '0',
      RATE_LIMIT_PUSH_PER_MINUTE: '0',
      DATABASE_URL: databaseUrl,
      DATABASE_SCHEMA: schema,
      PORT: String(port),
      JWT_SECRETS: secret(),
      HOTLINE_12345_SECRET: secret(),
      IP_HASH_KEY: secret(),
      PERSONAL_DATA_INDEX_KEY: secret(),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  server.stdout?.resume();
  for (let i = 0; i < 120; i++) {
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false);
    if (ready) return server;
    await new Promise((r) => setTimeout(r, 500));
  }
  server.kill();
  throw new Error('the server did not become ready');
}
