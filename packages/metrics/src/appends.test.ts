import { randomUUID } from 'node:crypto';
import { openTestDatabases, type OpenedTestDatabase } from '@hotline/database';
import { createPgliteEventStore, createPostgresEventStore, InvalidAppend, WrongExpectedVersion, type EventStore } from '@hotline/event-store';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendCounters, instrumentedStore, type AppendCounters } from './appends';

const event = () => ({ id: randomUUID(), type: 'Noted', data: { text: 'a note' } });
const valueOf = async (counter: AppendCounters[keyof AppendCounters]) => (await counter.get()).values[0]?.value;

describe.each(openTestDatabases())('the instrumented store on $name', (database) => {
  let test: OpenedTestDatabase;
  let raw: EventStore;
  let store: EventStore;
  const appends = appendCounters(new Registry());

  beforeAll(async () => {
    test = await database.open();
    raw = test.pglite ? await createPgliteEventStore({ pglite: test.pglite }) : await createPostgresEventStore({ pool: test.pool as never, schema: `${test.schema}_events` });
    store = instrumentedStore(raw, { appends });
  });
  afterAll(async () => {
    await store.close();
    if (test.pool) await test.pool.query(`DROP SCHEMA IF EXISTS "${test.schema}_events" CASCADE`);
    await test.close();
  });

  it('counts the events of each append it passes on, and the conflicts, and nothing for other refusals', async () => {
    await store.appendToStream('case-1', [event(), event()], { expectedRevision: 'no_stream' });
    await store.appendToStream('case-1', [event()], { expectedRevision: 1 });
    expect(await valueOf(appends.appended)).toBe(3);

    await expect(store.appendToStream('case-1', [event()], { expectedRevision: 1 })).rejects.toBeInstanceOf(WrongExpectedVersion);
    await expect(store.appendToStream('case-2', [event()], { expectedRevision: 0 })).rejects.toBeInstanceOf(WrongExpectedVersion);
    await expect(store.appendToStream('', [event()], { expectedRevision: 'any' })).rejects.toBeInstanceOf(InvalidAppend);
    expect(await valueOf(appends.conflicts)).toBe(2);
    expect(await valueOf(appends.appended)).toBe(3);
  });

  it('reads what the store holds', async () => {
    expect((await store.readStream('case-1')).map((e) => e.revision)).toEqual([0, 1, 2]);
    expect(await store.readAll()).toEqual(await raw.readAll());
    expect(await store.streamRevision('case-1')).toBe(2);
  });
});
