/**
 * The whole product in one process for a scenario: every service's routers over a real event
 * store and database (in-memory PGlite, or PostgreSQL in a fresh schema when DATABASE_URL is
 * set), the demo users plus a few more, and a clock the story controls.
 */
import { ACCESS_MIGRATIONS, createUserDirectory, seedDemoUsers, type UserRole } from '@hotline/access';
import { composeHotline } from '@hotline/all-in-one';
import { migrateToLatest, openTestDatabases, type TestDatabase } from '@hotline/database';
import { createPgliteEventStore, createPostgresEventStore, type EventStore } from '@hotline/event-store';
import { INTAKE_MIGRATIONS } from '@hotline/intake';
import { READ_MODEL_MIGRATIONS } from '@hotline/read-models';
import pino from 'pino';
import supertest from 'supertest';

export const SECRETS = {
  jwtSecrets: ['scenario-secret-scenario-secret-scenario-secret'],
  workOrderSecret: 'scenario-12345-secret-scenario-12345-secret',
  ipHashKey: 'scenario-ip-hash-key',
};

/** Besides the demo users: a mediator of another station and an operator of another district. */
const MORE_USERS: { username: string; role: UserRole; district: string; stationId?: string }[] = [
  { username: 'mediator2', role: 'mediator', district: 'wuchang', stationId: 'shouyi' },
  { username: 'operator_hs', role: 'operator', district: 'hongshan' },
];

export interface Hotline {
  readonly request: ReturnType<typeof supertest>;
  readonly store: EventStore;
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

export async function openHotline(database: TestDatabase, start = '2026-11-23T02:00:00Z'): Promise<Hotline> {
  const test = await database.open();
  const store = test.pglite
    ? await createPgliteEventStore({ pglite: test.pglite })
    : await createPostgresEventStore({ pool: test.pool as never, schema: `${test.schema}_events` });
  await migrateToLatest(test.db, { name: 'access', migrations: ACCESS_MIGRATIONS });
  await migrateToLatest(test.db, { name: 'intake', migrations: INTAKE_MIGRATIONS });
  await migrateToLatest(test.db, { name: 'read_models', migrations: READ_MODEL_MIGRATIONS });
  const users = createUserDirectory(test.db);
  await seedDemoUsers(users, { nodeEnv: 'test' });
  for (const user of MORE_USERS) await users.create({ ...user, password: 'password-of-a-test', displayName: user.username });

  let now = new Date(start);
  const { app, projector } = composeHotline({ store, db: test.db, secrets: SECRETS, logger: pino({ level: 'silent' }), nodeEnv: 'test', clock: () => now });
  const request = supertest(app);
  const tokens = new Map<string, string>();
  return {
    request,
    store,
    setNow: (iso) => void (now = new Date(iso)),
    now: () => now,
    settle: () => projector.caughtUp(),
    async tokenOf(username) {
      const cached = tokens.get(username);
      if (cached) return cached;
      const password = MORE_USERS.some((u) => u.username === username) ? 'password-of-a-test' : 'demo';
      const response = await request.post('/api/v1/auth/login').send({ username, password }).expect(200);
      tokens.set(username, response.body.token);
      return response.body.token as string;
    },
    async close() {
      await projector.stop();
      await store.close();
      if (test.pool) await test.pool.query(`DROP SCHEMA IF EXISTS "${test.schema}_events" CASCADE`);
      await test.close();
    },
  };
}

export const databases = openTestDatabases();
