/**
 * The whole product in one process for a scenario: every service's routers over a real event
 * store and database (in-memory PGlite, or PostgreSQL in a fresh schema when DATABASE_URL is
 * set), the demo users plus a few more, and a clock the story controls.
 */
import { ACCESS_MIGRATIONS, createUserDirectory, seedDemoUsers, type UserRole } from '@hotline/access';
import { composeHotline, startLiveFeed } from '@hotline/all-in-one';
import type { DeskFeed } from '@hotline/desk-feed';
import { listen } from '@hotline/runtime';
import { migrateToLatest, openTestDatabases, type TestDatabase } from '@hotline/database';
import { createPgliteEventStore, createPostgresEventStore, type EventStore } from '@hotline/event-store';
import { INTAKE_MIGRATIONS } from '@hotline/intake';
import { PERSONAL_DATA_MIGRATIONS } from '@hotline/personal-data';
import { WORK_ORDER_REPLIES_MIGRATIONS } from '@hotline/work-order-replies';
import { READ_MODEL_MIGRATIONS } from '@hotline/read-models';
import type { Express } from 'express';
import type { Kysely } from 'kysely';
import pino from 'pino';
import supertest from 'supertest';

export const SECRETS = {
  jwtSecrets: ['scenario-secret-scenario-secret-scenario-secret'],
  workOrderSecret: 'scenario-12345-secret-scenario-12345-secret',
  ipHashKey: 'scenario-ip-hash-key',
  personalDataIndexKey: 'scenario-personal-data-index-key-scenario',
};

/** Besides the demo users: a mediator of another station and an operator of another district. */
const MORE_USERS: { username: string; role: UserRole; district: string; stationId?: string }[] = [
  { username: 'mediator2', role: 'mediator', district: 'wuchang', stationId: 'shouyi' },
  { username: 'operator_hs', role: 'operator', district: 'hongshan' },
];

export interface Hotline {
  /** The composed express app: what `request` calls, for tests that walk its routes. */
  readonly app: Express;
  readonly request: ReturnType<typeof supertest>;
  /** With `live`: where the product listens (HTTP API and socket.io feed). */
  readonly url?: string;
  /** With `live`: the feed, to check the deadlines without waiting for its minute. */
  readonly feed?: DeskFeed;
  readonly store: EventStore;
  /** The database of the read models and the services' tables. */
  readonly db: Kysely<any>;
  /** The event store's table, qualified, for tests that go behind the store's back (tampering). */
  readonly eventsTable: string;
  /** Moves the server clock; business times in requests must not pass it. */
  setNow(iso: string): void;
  /** The server clock as it stands. */
  now(): Date;
  /** Resolves once the read models (case list, figures) reflect every event stored so far. */
  settle(): Promise<void>;
  /** A bearer token of a demo (or extra) user. */
  tokenOf(username: string): Promise<string>;
  close(): Promise<void>;
}

export interface HotlineOptions {
  /** Requests a minute per client; none by default, as the stories sign in and register far faster than anyone could. */
  readonly rateLimits?: { readonly login?: number; readonly intake?: number; readonly push?: number };
  /** Listen on a port and run the live feed (socket.io), sharing the bus through Redis when given. */
  readonly live?: { readonly redisUrl?: string };
}

export async function openHotline(database: TestDatabase, start = '2026-11-23T02:00:00Z', options: HotlineOptions = {}): Promise<Hotline> {
  const test = await database.open();
  const store = test.pglite
    ? await createPgliteEventStore({ pglite: test.pglite })
    : await createPostgresEventStore({ pool: test.pool as never, schema: `${test.schema}_events` });
  await migrateToLatest(test.db, { name: 'access', migrations: ACCESS_MIGRATIONS });
  await migrateToLatest(test.db, { name: 'intake', migrations: INTAKE_MIGRATIONS });
  await migrateToLatest(test.db, { name: 'personal_data', migrations: PERSONAL_DATA_MIGRATIONS });
  await migrateToLatest(test.db, { name: 'work_order_replies', migrations: WORK_ORDER_REPLIES_MIGRATIONS });
  await migrateToLatest(test.db, { name: 'read_models', migrations: READ_MODEL_MIGRATIONS });
  const users = createUserDirectory(test.db);
  await seedDemoUsers(users, { nodeEnv: 'test' });
  for (const user of MORE_USERS) await users.create({ ...user, password: 'password-of-a-test', displayName: user.username });

  let now = new Date(start);
  // The last position any write was answered with: the read side has settled once it got there.
  // (The log's visible head can lag a write while another session's transaction is open.)
  let lastWritten = 0n;
  const append = store.appendToStream.bind(store);
  store.appendToStream = async (...args) => {
    const result = await append(...args);
    if (result.position > lastWritten) lastWritten = result.position;
    return result;
  };
  const logger = pino({ level: 'silent' });
  const clock = () => now;
  const composed = composeHotline({
    store,
    db: test.db,
    secrets: SECRETS,
    logger,
    nodeEnv: 'test',
    clock,
    rateLimits: { login: 0, intake: 0, push: 0, ...options.rateLimits },
  });
  const { app, projector, workOrderReplies } = composed;
  const served = options.live ? await listen(app, { HOST: '127.0.0.1', PORT: 0 }) : undefined;
  const feed = served && (await startLiveFeed(composed, { db: test.db, logger, clock, server: served.server, ...options.live }));
  const request = supertest(served?.url ?? app);
  const tokens = new Map<string, string>();
  return {
    app,
    request,
    ...(served && { url: served.url }),
    ...(feed && { feed }),
    store,
    db: test.db,
    eventsTable: test.pglite ? 'event_store.events' : `"${test.schema}_events".events`,
    setNow: (iso) => void (now = new Date(iso)),
    now: () => now,
    settle: () => (lastWritten === 0n ? projector.caughtUp() : projector.waitFor(lastWritten)),
    async tokenOf(username) {
      const cached = tokens.get(username);
      if (cached) return cached;
      const password = MORE_USERS.some((u) => u.username === username) ? 'password-of-a-test' : 'demo';
      const response = await request.post('/api/v1/auth/login').send({ username, password }).expect(200);
      tokens.set(username, response.body.token);
      return response.body.token as string;
    },
    async close() {
      await feed?.close();
      await served?.close();
      await projector.stop();
      await workOrderReplies.stop();
      await store.close();
      if (test.pool) await test.pool.query(`DROP SCHEMA IF EXISTS "${test.schema}_events" CASCADE`);
      await test.close();
    },
  };
}

export const databases = openTestDatabases();
