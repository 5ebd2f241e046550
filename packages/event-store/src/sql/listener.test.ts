import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newEvent } from '../contract/fixtures';
import { createPostgresEventStore } from '../postgres';
import type { EventStore, RecordedEvent, Subscription } from '../types';
import { LISTENER_APPLICATION_NAME } from './pg-client';
import { schemaNames } from './schema';
import { DATABASE_URL, dropSchema, freshSchema, withConnection } from './test-database';

async function until<T>(probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe.skipIf(!DATABASE_URL)('LISTEN/NOTIFY wake-ups (PostgreSQL)', () => {
  const schema = freshSchema();
  const { channel } = schemaNames(schema);
  let subscriber: EventStore;
  let writer: EventStore;
  let subscription: Subscription;
  const received: RecordedEvent[] = [];

  const listenerPid = () =>
    withConnection(async (c) => {
      const { rows } = await c.query<{ pid: number }>(
        'SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND query = $2',
        [LISTENER_APPLICATION_NAME, `LISTEN "${channel}"`],
      );
      return rows[0]?.pid;
    });

  /** Appends through the other store, so only a notification (or the fallback poll) can wake the subscriber. */
  const appendAndTime = async (stream: string, expectedRevision: number | 'no_stream') => {
    const before = received.length;
    const started = performance.now();
    await writer.appendToStream(stream, [newEvent()], { expectedRevision });
    await until(() => (received.length > before ? true : undefined));
    return performance.now() - started;
  };

  beforeAll(async () => {
    subscriber = await createPostgresEventStore({ connectionString: DATABASE_URL, schema });
    writer = await createPostgresEventStore({ connectionString: DATABASE_URL, schema });
    subscription = subscriber.subscribeToAll();
    void (async () => {
      for await (const event of subscription) received.push(event);
    })();
    await until(listenerPid);
  });
  afterAll(async () => {
    await subscription?.close();
    await Promise.all([subscriber?.close(), writer?.close()]);
    await dropSchema(schema);
  });

  it("wakes on another store's append far sooner than the 1 s fallback poll", async () => {
    const latencies = [];
    for (let revision = -1; revision < 4; revision++) latencies.push(await appendAndTime('case-wake', revision < 0 ? 'no_stream' : revision));
    expect(Math.max(...latencies)).toBeLessThan(250);
  });

  it('re-establishes a terminated LISTEN connection and resumes without loss or duplicates', async () => {
    const killed = await listenerPid();
    await withConnection((c) => c.query('SELECT pg_terminate_backend($1)', [killed]));
    await writer.appendToStream('case-outage', [newEvent()], { expectedRevision: 'no_stream' });
    const replacement = await until(async () => {
      const pid = await listenerPid();
      return pid !== undefined && pid !== killed ? pid : undefined;
    });
    expect(replacement).not.toBe(killed);
    expect(await appendAndTime('case-outage', 0)).toBeLessThan(250);
    expect(received.map((e) => `${e.streamName}@${e.revision}`)).toEqual([
      ...[0, 1, 2, 3, 4].map((r) => `case-wake@${r}`),
      'case-outage@0',
      'case-outage@1',
    ]);
  });
});
