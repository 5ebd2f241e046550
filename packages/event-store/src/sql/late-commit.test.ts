import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isStrictlyIncreasing, take } from '../contract/fixtures';
import { createPostgresEventStore } from '../postgres';
import type { EventStore, NewEvent, RecordedEvent } from '../types';
import { ONE_COMMAND_PER_TRANSACTION, SERVER_GROUP_COMMIT } from './group-commit';
import { createPgClient } from './pg-client';
import { schemaNames } from './schema';
import type { SqlClient } from './sql-client';
import { createSqlEventStore } from './sql-event-store';
import { statements } from './statements';
import { DATABASE_URL, dropSchema, freshSchema } from './test-database';

const WRITERS = 16;
const APPENDS_PER_WRITER = 120;
const HELD_OPEN_SHARE = 0.2;

/**
 * Holds some appends' transactions open after their INSERT (pg_sleep before COMMIT), so
 * transactions with later ids commit first: exactly what makes a naive "position > last"
 * reader skip events for good.
 */
function withLateCommits(client: SqlClient, appendStatements: readonly string[], held: { count: number }): SqlClient {
  return {
    ...client,
    query: (text, params, name) => {
      if (!appendStatements.includes(name ?? '') || Math.random() > HELD_OPEN_SHARE) return client.query(text, params, name);
      held.count++;
      return client.transaction(async (tx) => {
        const rows = await tx.query(text, params);
        await tx.query('SELECT pg_sleep($1)', [0.02 + Math.random() * 0.13]);
        return rows as never;
      });
    },
  };
}

const batch = (w: number, i: number): NewEvent[] =>
  Array.from({ length: 1 + (i % 3) }, (_, k) => ({ id: randomUUID(), type: 'CaseNoted', data: { w, i, k } }));

/** A checkpointing reader that pages with readAll, as a projection would. */
async function pollReadAll(store: EventStore, total: number): Promise<RecordedEvent[]> {
  const seen: RecordedEvent[] = [];
  const deadline = Date.now() + 50_000;
  while (seen.length < total && Date.now() < deadline) {
    const page = await store.readAll({ fromPosition: seen.at(-1)?.position, maxCount: 97 });
    seen.push(...page);
    if (page.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return seen;
}

describe.skipIf(!DATABASE_URL).each([
  ['one transaction per append', ONE_COMMAND_PER_TRANSACTION],
  ['group commit', SERVER_GROUP_COMMIT],
])('global order under late commits (PostgreSQL, %s)', (_, groupCommit) => {
  const schema = freshSchema();
  let writer: EventStore;
  let reader: EventStore;
  const held = { count: 0 };

  beforeAll(async () => {
    const names = schemaNames(schema);
    const client = createPgClient(new pg.Pool({ connectionString: DATABASE_URL, max: WRITERS }), true);
    writer = await createSqlEventStore(withLateCommits(client, [statements(names).append.name], held), names, groupCommit);
    // Another pool, as another process would be: it learns of appends only through NOTIFY.
    reader = await createPostgresEventStore({ connectionString: DATABASE_URL, schema });
  });
  afterAll(async () => {
    await Promise.all([writer?.close(), reader?.close()]);
    await dropSchema(schema);
  });

  it('delivers every event exactly once, in order, to a subscriber and to a readAll poller', { timeout: 60_000 }, async () => {
    const total = WRITERS * Array.from({ length: APPENDS_PER_WRITER }, (_, i) => 1 + (i % 3)).reduce((a, b) => a + b);
    const subscribed = take(reader.subscribeToAll(), total, 50_000);
    const polled = pollReadAll(reader, total);
    await Promise.all(
      Array.from({ length: WRITERS }, async (_, w) => {
        const revisions = new Map<string, number>();
        for (let i = 0; i < APPENDS_PER_WRITER; i++) {
          const stream = `case-${w}-${i % 7}`;
          const expected = revisions.get(stream) ?? 'no_stream';
          const { nextExpectedRevision } = await writer.appendToStream(stream, batch(w, i), { expectedRevision: expected });
          revisions.set(stream, nextExpectedRevision);
        }
      }),
    );
    const [viaSubscription, viaPolling] = await Promise.all([subscribed, polled]);
    // Read after both have seen everything: a read straight after the writes may stop short of
    // events still below another session's open transaction, which readAll rightly waits for.
    const stored = await reader.readAll({ maxCount: total + 1 });
    expect(held.count).toBeGreaterThanOrEqual(5);
    expect(stored).toHaveLength(total);
    expect(new Set(viaSubscription.map((e) => e.id)).size).toBe(total);
    expect(isStrictlyIncreasing(viaSubscription.map((e) => e.position))).toBe(true);
    expect(viaSubscription).toEqual(stored);
    expect(viaPolling).toEqual(stored);
  });
});
