import { randomUUID } from 'node:crypto';
import { migrateToLatest, openTestDatabases, type OpenedTestDatabase } from '@hotline/database';
import { createPgliteEventStore, createPostgresEventStore, type EventStore, type RecordedEvent } from '@hotline/event-store';
import { READ_MODEL_MIGRATIONS } from '@hotline/read-models';
import pino from 'pino';
import { Registry } from 'prom-client';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { projectionLag } from './projection-lag';

const logger = pino({ level: 'silent' });

/** The gauge's samples as projection → value. */
async function lagOf(registry: Registry, name: string): Promise<Record<string, number>> {
  const { values } = await registry.getSingleMetric(name)!.get();
  return Object.fromEntries(values.map(({ labels, value }) => [labels.projection, value]));
}

describe.each(openTestDatabases())('projection lag on $name', (database) => {
  let test: OpenedTestDatabase;
  let store: EventStore;
  let events: RecordedEvent[];

  beforeAll(async () => {
    test = await database.open();
    store = test.pglite ? await createPgliteEventStore({ pglite: test.pglite }) : await createPostgresEventStore({ pool: test.pool as never, schema: `${test.schema}_events` });
    for (let i = 0; i < 3; i++) await store.appendToStream(`case-${i}`, [{ id: randomUUID(), type: 'Noted', data: {} }], { expectedRevision: 'no_stream' });
    events = await store.readAll();
  });
  afterEach(() => void vi.useRealTimers());
  afterAll(async () => {
    await store.close();
    if (test.pool) await test.pool.query(`DROP SCHEMA IF EXISTS "${test.schema}_events" CASCADE`);
    await test.close();
  });

  it('reports nothing, and lets the scrape succeed, while it cannot read the checkpoints', async () => {
    const registry = new Registry();
    projectionLag(registry, { store, db: test.db, logger });
    await expect(registry.metrics()).resolves.toContain('# TYPE hotline_projection_lag_events gauge');
    expect(await lagOf(registry, 'hotline_projection_lag_events')).toEqual({});
  });

  it('counts each checkpoint’s unapplied events and the age of the oldest, a rebuild’s included', async () => {
    await migrateToLatest(test.db, { name: 'read_models', migrations: READ_MODEL_MIGRATIONS });
    const [first, second, third] = events.map((e) => e.position.toString());
    await test.db
      .insertInto('projection_checkpoints')
      .values([
        { name: 'case-list', position: first, generation: 1 },
        { name: 'figures', position: null, generation: 1 },
        { name: 'case-list#rebuild', position: third, generation: 2 },
      ])
      .execute();
    expect(second).toBeDefined();
    const registry = new Registry();
    projectionLag(registry, { store, db: test.db, logger });
    vi.useFakeTimers({ toFake: ['Date'] });
    const now = Date.parse(events[0]!.recordedAt) + 90_000;
    vi.setSystemTime(now);

    expect(await lagOf(registry, 'hotline_projection_lag_events')).toEqual({ 'case-list': 2, figures: 3, 'case-list#rebuild': 0 });
    const ageOfSecond = (now - Date.parse(events[1]!.recordedAt)) / 1000;
    expect(await lagOf(registry, 'hotline_projection_lag_seconds')).toEqual({ 'case-list': ageOfSecond, figures: 90, 'case-list#rebuild': 0 });
  });
});
