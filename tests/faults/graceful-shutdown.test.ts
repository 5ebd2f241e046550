/**
 * Graceful shutdown (issue 8): the product, in its own process, gets SIGTERM while registrations
 * are in flight (slow clients, half their bodies sent). It refuses new connections at once,
 * answers every request in flight, stops its projections at a checkpoint and exits 0 within
 * 10 s; afterwards every acknowledged registration is in the store, and each read model holds
 * exactly the events up to its checkpoint.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStorage, parseConfig, type Storage } from '@hotline/runtime';
import pg from 'pg';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPLAINT } from './support/load';
import { signIn, startProduct, type Exit, type ProductProcess } from './support/product-process';
import { offCheckpoint } from './support/read-side';
import { slowPost } from './support/slow-post';
import { caseEvents, unstoredWrites } from './support/store-checks';

const IN_FLIGHT = 20;
const EXIT_WITHIN_MS = 10_000;

interface ProductStorage {
  readonly env: Record<string, string>;
  cleanUp(): Promise<void>;
}

/** Embedded PGlite in a temporary DATA_DIR always; PostgreSQL in a fresh schema too when DATABASE_URL is set. */
const storages: { name: string; prepare(): Promise<ProductStorage> }[] = [
  {
    name: 'pglite',
    async prepare() {
      const dataDir = await mkdtemp(join(tmpdir(), 'shutdown-'));
      return { env: { DATA_DIR: dataDir }, cleanUp: () => rm(dataDir, { recursive: true, force: true }) };
    },
  },
  ...(process.env.DATABASE_URL ? [{ name: 'postgres', prepare: () => Promise.resolve(inSchema(process.env.DATABASE_URL!)) }] : []),
];

function inSchema(url: string): ProductStorage {
  const schema = `shutdown_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  return {
    env: { DATABASE_URL: url, DATABASE_SCHEMA: schema },
    async cleanUp() {
      const pool = new pg.Pool({ connectionString: url });
      await pool.query(`drop schema if exists "${schema}" cascade; drop schema if exists "${schema}_events" cascade`);
      await pool.end();
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether a new TCP connection to `url` is refused. */
const refused = (url: string) =>
  new Promise<boolean>((resolve) => {
    const { hostname, port } = new URL(url);
    const socket = connect(Number(port), hostname);
    socket.once('connect', () => (socket.destroy(), resolve(false)));
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });

/**
 * A desk screen's socket, connected. The product says ready (/readyz) once it listens, which is
 * a moment before the live feed is attached to its server (start.ts): until then, try again.
 */
async function openScreen(url: string, token: string): Promise<Socket> {
  for (const giveUpAt = Date.now() + 10_000; ; ) {
    const screen = io(`${url}/desk`, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
    const error = await new Promise<Error | undefined>((resolve) => screen.once('connect', () => resolve(undefined)).once('connect_error', resolve));
    if (!error) return screen;
    screen.close();
    if (Date.now() > giveUpAt) throw error;
    await sleep(200);
  }
}

describe.each(storages)('the product on SIGTERM, on $name', ({ prepare }) => {
  let prepared: ProductStorage | undefined;
  let product: ProductProcess | undefined;
  let storage: Storage | undefined;

  beforeAll(async () => {
    prepared = await prepare();
    product = await startProduct(prepared.env);
  }, 120_000);

  afterAll(async () => {
    await storage?.close();
    await product?.kill();
    await prepared?.cleanUp();
  });

  it('finishes the requests in flight, refuses new connections, stops its projections at a checkpoint and exits 0 within 10 s', async () => {
    const { url } = product!;
    const operator = await signIn(url, 'operator');
    // A desk screen on the live feed: its open socket must not hold the shutdown up.
    const screen = await openScreen(url, operator.slice('Bearer '.length));
    const screenClosed = new Promise<string>((resolve) => screen.once('disconnect', resolve));
    const posts = Array.from({ length: IN_FLIGHT }, () => {
      const correlationId = randomUUID();
      return { correlationId, post: slowPost(url, '/api/v1/cases', { Authorization: operator, 'X-Correlation-Id': correlationId }, COMPLAINT) };
    });
    await sleep(500); // long enough for the server to have read every request's headers: they are in flight
    const signalled = Date.now();
    product!.child.kill('SIGTERM');
    console.log(`injected: SIGTERM with ${IN_FLIGHT} registrations in flight (half their bodies sent)`);
    await sleep(200);
    const refusedNew = await refused(url);
    for (const { post } of posts) post.finish();
    const answers = await Promise.all(posts.map(({ post }) => post.answer));
    const exit = await Promise.race([product!.exited, sleep(EXIT_WITHIN_MS + 5000).then((): Exit | undefined => undefined)]);
    const shutdownMs = Date.now() - signalled;

    expect(await Promise.race([screenClosed, sleep(1000).then(() => 'still open')])).not.toBe('still open');
    expect(refusedNew, 'a new connection 200 ms after SIGTERM is refused').toBe(true);
    expect(answers.map((answer) => [answer.status, answer.connection])).toEqual(answers.map(() => [201, 'close']));
    expect(exit, product!.output().slice(-2000)).toEqual({ code: 0, signal: null });
    expect(shutdownMs).toBeLessThan(EXIT_WITHIN_MS);
    // Closed in order, nothing fails on the way out (a projection batch on a closed pool would log an error).
    expect(product!.output().split('\n').filter((line) => /"level":(50|60)/.test(line))).toEqual([]);
    console.log(`checked: the desk screen's socket closed; a new connection refused 200 ms after SIGTERM; all ${IN_FLIGHT} in-flight registrations answered 201 with Connection: close; exit 0 ${shutdownMs} ms after SIGTERM, no error logged`);

    storage = await openStorage(parseConfig({ NODE_ENV: 'test', ...prepared!.env }), []);
    const acknowledged = answers.map((answer, i) => ({ caseId: answer.body!.caseId!, version: answer.body!.version!, correlationId: posts[i]!.correlationId }));
    expect(await unstoredWrites(storage.store, acknowledged)).toEqual([]);
    const events = await caseEvents(storage.store);
    expect(await offCheckpoint(storage.db, events)).toEqual([]);
    console.log(`checked: all ${IN_FLIGHT} acknowledged registrations are in the store; case list and figures hold exactly the events up to their checkpoints (log head ${events.at(-1)?.position})`);
  }, 60_000);
});
