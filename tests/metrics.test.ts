/**
 * GET /metrics of a whole composition: the product's routes timed by pattern, its appends and
 * store conflicts counted, its projections' lag, the 12345 outbox and the feed's sockets, scraped
 * as Prometheus would and read back from the text.
 *
 * Until compose.ts wires @hotline/metrics in, the composition is built here the way it will be:
 * the store the services get is instrumented, and the timer and the router sit in front of the app.
 */
import { randomUUID } from 'node:crypto';
import { createUserDirectory, seedDemoUsers } from '@hotline/access';
import { ALL_MIGRATIONS, composeHotline, startLiveFeed, type ComposedHotline } from '@hotline/all-in-one';
import { migrateToLatest, type TestDatabase } from '@hotline/database';
import { createPgliteEventStore, createPostgresEventStore, type EventStore } from '@hotline/event-store';
import { SIGNATURE_HEADER, signWorkOrder, TIMESTAMP_HEADER } from '@hotline/intake';
import { createMetrics, instrumentedStore, metricsRouter } from '@hotline/metrics';
import { listen } from '@hotline/runtime';
import express from 'express';
import pino from 'pino';
import { io as connect } from 'socket.io-client';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintBody, type Body } from './support/cases';
import { databases, SECRETS } from './support/hotline';
import { workOrderBody, WORK_ORDERS_URL } from './support/work-orders';

const NOW = new Date('2026-11-23T02:00:00Z');

/** One sample of the exposition text: the value of `name` with exactly `labels`, if there is one. */
function sampleOf(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([\w:]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (match?.[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map(([, key, value]) => [key, value]));
    const wanted = Object.entries(labels);
    if (wanted.length === Object.keys(found).length && wanted.every(([key, value]) => found[key] === value)) return Number(match[3]);
  }
  return undefined;
}

/** Holds appends once armed until two have arrived: two commands decided at one version both reach the store. */
function raceGate(store: EventStore) {
  let race: { arrived: number; release(): void; released: Promise<void> } | undefined;
  let lastWritten = 0n;
  const gated: EventStore = {
    ...store,
    async appendToStream(...args) {
      const armed = race;
      if (armed) {
        if (++armed.arrived === 2) {
          race = undefined;
          armed.release();
        }
        await armed.released;
      }
      const result = await store.appendToStream(...args);
      if (result.position > lastWritten) lastWritten = result.position;
      return result;
    },
  };
  return {
    store: gated,
    arm() {
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      race = { arrived: 0, release, released };
    },
    /** The last position written: the read side has settled once it is there. */
    lastWritten: () => lastWritten,
  };
}

interface Metered {
  readonly request: ReturnType<typeof supertest>;
  readonly url: string;
  readonly gate: ReturnType<typeof raceGate>;
  readonly composed: ComposedHotline;
  scrape(): Promise<string>;
  tokenOf(username: string): Promise<string>;
  close(): Promise<void>;
}

async function openMetered(database: TestDatabase): Promise<Metered> {
  const test = await database.open();
  const raw = test.pglite
    ? await createPgliteEventStore({ pglite: test.pglite })
    : await createPostgresEventStore({ pool: test.pool as never, schema: `${test.schema}_events` });
  for (const plan of ALL_MIGRATIONS) await migrateToLatest(test.db, plan);
  await seedDemoUsers(createUserDirectory(test.db), { nodeEnv: 'test' });
  const logger = pino({ level: 'silent' });
  const metrics = createMetrics({ store: raw, db: test.db, logger });
  const gate = raceGate(raw);
  const clock = () => NOW;
  const composed = composeHotline({
    store: instrumentedStore(gate.store, metrics),
    db: test.db,
    secrets: SECRETS,
    logger,
    nodeEnv: 'test',
    clock,
    rateLimits: { login: 0, intake: 0, push: 0 },
  });
  const app = express().use(metrics.timeRequests, metricsRouter({ registry: metrics.registry }), composed.app);
  const served = await listen(app, { HOST: '127.0.0.1', PORT: 0 });
  const feed = await startLiveFeed(composed, { db: test.db, logger, clock, server: served.server });
  metrics.watchFeed(feed.io);
  const request = supertest(served.url);
  return {
    request,
    url: served.url,
    gate,
    composed,
    async scrape() {
      const response = await request.get('/metrics').expect(200);
      expect(response.headers['content-type']).toBe(metrics.registry.contentType);
      return response.text;
    },
    async tokenOf(username) {
      return (await request.post('/api/v1/auth/login').send({ username, password: 'demo' }).expect(200)).body.token as string;
    },
    async close() {
      await feed.close();
      await served.close();
      await composed.projector.stop();
      await composed.workOrderReplies.stop();
      await raw.close();
      if (test.pool) await test.pool.query(`DROP SCHEMA IF EXISTS "${test.schema}_events" CASCADE`);
      await test.close();
    },
  };
}

/** Polls the scrape until `check` holds of it. */
async function scrapeUntil(hotline: Metered, what: string, check: (text: string) => boolean): Promise<string> {
  const giveUpAt = Date.now() + 10_000;
  for (;;) {
    const text = await hotline.scrape();
    if (check(text)) return text;
    if (Date.now() > giveUpAt) throw new Error(`the scrape never showed ${what}:\n${text}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.each(databases)('GET /metrics of the composed product on $name', (database) => {
  let hotline: Metered;
  const tokens: Record<string, string> = {};
  const as = (username: string) => `Bearer ${tokens[username]}`;
  const register = async () => {
    const response = await hotline.request.post('/api/v1/cases').set('Authorization', as('operator')).send(complaintBody());
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body.caseId as string;
  };
  const act = (caseId: string, action: string, body: Body, version: number, username = 'mediator') =>
    hotline.request.post(`/api/v1/cases/${caseId}/${action}`).set('Authorization', as(username)).set('If-Match', `"${version}"`).send(body);
  const accept = { occurredAt: '2026-11-18T09:00:00+08:00' };

  beforeAll(async () => {
    hotline = await openMetered(database);
    for (const username of ['operator', 'mediator', 'manager']) tokens[username] = await hotline.tokenOf(username);
  });
  afterAll(() => hotline.close());

  it('times each request under its route pattern and status, never its URL', async () => {
    const duration = (method: string, route: string, status: number) => (text: string) =>
      sampleOf(text, 'hotline_http_request_duration_seconds_count', { method, route, status: String(status) }) ?? 0;
    const registered = duration('POST', '/api/v1/cases', 201);
    const read = duration('GET', '/api/v1/cases/:caseId', 200);
    const unknownCase = duration('GET', '/api/v1/cases/:caseId', 404);
    const unmatched = duration('GET', 'unmatched', 404);
    const before = await hotline.scrape();

    const caseId = await register();
    await register();
    await hotline.request.get(`/api/v1/cases/${caseId}`).set('Authorization', as('mediator')).expect(200);
    await hotline.request.get(`/api/v1/cases/${randomUUID()}`).set('Authorization', as('mediator')).expect(404);
    await hotline.request.get(`/api/v1/no-such-thing/${caseId}`).expect(404);

    const after = await hotline.scrape();
    expect(registered(after) - registered(before)).toBe(2);
    expect(read(after) - read(before)).toBe(1);
    expect(unknownCase(after) - unknownCase(before)).toBe(1);
    expect(unmatched(after) - unmatched(before)).toBe(1);
    expect(sampleOf(after, 'hotline_http_request_duration_seconds_count', { method: 'POST', route: '/api/v1/auth/login', status: '200' })).toBe(3);
    expect(after).not.toContain(caseId);
  });

  it('counts the events appended and the appends that lost a race, not the stale If-Match refused before appending', async () => {
    const counters = async () => {
      const text = await hotline.scrape();
      return { appended: sampleOf(text, 'hotline_events_appended_total')!, conflicts: sampleOf(text, 'hotline_append_conflicts_total')! };
    };
    const start = await counters();

    const caseId = await register();
    hotline.gate.arm();
    const [first, second] = await Promise.all([act(caseId, 'accept', accept, 1, 'mediator'), act(caseId, 'accept', accept, 1, 'manager')]);
    expect([first.status, second.status].sort(), JSON.stringify([first.body, second.body])).toEqual([200, 409]);
    const stale = await act(caseId, 'assign', { assigneeId: 'mediator', occurredAt: '2026-11-18T09:30:00+08:00' }, 1);
    expect(stale.status, JSON.stringify(stale.body)).toBe(409);

    // Only the case file appends, so what the counter gained is what the case's stream holds.
    const end = await counters();
    expect(end.appended - start.appended).toBe((await hotline.gate.store.readStream(`case-${caseId}`)).length);
    expect(end.appended - start.appended).toBe(2);
    expect(end.conflicts - start.conflicts).toBe(1);
  });

  it('counts the 12345 outbox by status', async () => {
    const pending = (text: string) => sampleOf(text, 'hotline_work_order_replies', { status: 'pending' });
    const before = await hotline.scrape();
    expect(pending(before)).toBe(0);
    expect(sampleOf(before, 'hotline_work_order_replies', { status: 'delivered' })).toBe(0);
    expect(sampleOf(before, 'hotline_work_order_replies', { status: 'undeliverable' })).toBe(0);

    const rawBody = JSON.stringify(workOrderBody());
    const timestamp = String(NOW.getTime() / 1000);
    const pushed = await hotline.request
      .post(WORK_ORDERS_URL)
      .set('Content-Type', 'application/json')
      .set(TIMESTAMP_HEADER, timestamp)
      .set(SIGNATURE_HEADER, signWorkOrder(SECRETS.workOrderSecret, timestamp, Buffer.from(rawBody)))
      .send(rawBody);
    expect(pushed.status, JSON.stringify(pushed.body)).toBe(201);
    const rejected = await act(pushed.body.caseId, 'reject', { ground: 'outside_remit', occurredAt: '2026-11-21T10:00:00+08:00' }, 1, 'manager');
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);

    // No reply URL is configured: the reply is recorded and waits.
    await scrapeUntil(hotline, 'one pending reply', (text) => pending(text) === 1);
  });

  it("counts the feed's sockets per namespace while screens are connected", async () => {
    const socket = connect(`${hotline.url}/desk`, { auth: { token: tokens.operator }, transports: ['websocket'], reconnection: false, forceNew: true });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    const connected = await hotline.scrape();
    expect(sampleOf(connected, 'hotline_feed_sockets', { namespace: '/desk' })).toBe(1);
    expect(sampleOf(connected, 'hotline_feed_sockets', { namespace: '/dashboard' })).toBe(0);

    socket.close();
    await scrapeUntil(hotline, 'the desk gone', (text) => sampleOf(text, 'hotline_feed_sockets', { namespace: '/desk' }) === 0);
  });

  it('reports each projection caught up once the read side has settled, and the process metrics', async () => {
    await hotline.composed.projector.waitFor(hotline.gate.lastWritten());
    const text = await hotline.scrape();
    for (const projection of ['case-list', 'figures']) {
      expect(sampleOf(text, 'hotline_projection_lag_events', { projection }), projection).toBe(0);
      expect(sampleOf(text, 'hotline_projection_lag_seconds', { projection }), projection).toBe(0);
    }
    expect(sampleOf(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(text).toContain('# TYPE nodejs_eventloop_lag_seconds gauge');
  });
});
