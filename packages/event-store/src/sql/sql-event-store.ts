import { trackedSubscription } from '../tracked-subscription';
import type { EventStore, Subscription } from '../types';
import { validateAppend } from '../validate-append';
import { validateReadAll, validateReadStream, validateStreamName, validateSubscribe } from '../validate-read';
import { appendBatch } from './append';
import { GroupCommit, type GroupCommitLimits } from './group-commit';
import { toBigInt, type Int8 } from './int8';
import { migrate } from './migrations';
import { createNotifyHint } from './notify-hint';
import { toRecordedEvent, toStreamRevision, type EventRow } from './rows';
import type { SchemaNames } from './schema';
import type { SqlClient } from './sql-client';
import { statements } from './statements';
import { createSqlSubscription, type ReadPage } from './subscription';
import { Wakeups } from './wakeups';

/** The one implementation behind the PostgreSQL and PGlite adapters. Migrates before returning. */
export async function createSqlEventStore(client: SqlClient, names: SchemaNames, groupCommit: GroupCommitLimits): Promise<EventStore> {
  await migrate(client, names);
  const sql = statements(names);
  const appender = new GroupCommit((batch) => appendBatch(client, sql, batch), groupCommit);
  const wakeups = new Wakeups(client, names.channel);
  const notifyOthers = createNotifyHint(client, sql.notify, names.channel);
  const subscriptions = new Set<Subscription>();
  // A catch-up reader pages through the log one call after another: after a full page, the next
  // one is read at once (on another connection), so the server's reading and this process's
  // decoding overlap. A page read ahead is a right answer whenever it is taken: nothing can
  // appear later below the horizon it was read under; at worst it ends sooner than a fresh read.
  let readAhead: { key: string; page: ReturnType<ReadPage> } | undefined;

  const readPage: ReadPage = async (after, prefix, limit) => {
    const rows = await client.query<EventRow & { horizon: Int8 }>(sql.page.text, [after, prefix, limit], sql.page.name);
    const events = rows.filter((row) => row.event_id !== null).map(toRecordedEvent);
    return { events, horizon: toBigInt((rows[0] as { horizon: Int8 }).horizon) };
  };

  return {
    async appendToStream(streamName, events, { expectedRevision }) {
      const checked = validateAppend(streamName, events, expectedRevision);
      const result = await appender.append({ streamName, events: checked, expected: expectedRevision });
      wakeups.wake();
      notifyOthers();
      return result;
    },

    async readStream(streamName, options) {
      const { fromRevision, backwards, maxCount } = validateReadStream(streamName, options);
      const statement = backwards ? sql.readBackwards : sql.readForwards;
      const from = fromRevision ?? (backwards ? Number.MAX_SAFE_INTEGER : 0);
      const rows = await client.query<EventRow>(statement.text, [streamName, from, maxCount ?? null], statement.name);
      return rows.map(toRecordedEvent);
    },

    async readAll(options) {
      const { fromPosition, maxCount } = validateReadAll(options);
      const key = `${fromPosition ?? ''}/${maxCount}`;
      const page = readAhead?.key === key ? readAhead.page : readPage(fromPosition, '', maxCount);
      readAhead = undefined;
      const { events } = await page;
      const last = events.at(-1);
      if (events.length === maxCount && last) {
        const next = readPage(last.position, '', maxCount);
        next.catch(() => undefined); // surfaces, if at all, to the caller who takes the page
        readAhead = { key: `${last.position}/${maxCount}`, page: next };
      }
      return events;
    },

    subscribeToAll(options) {
      const { fromPosition, prefix } = validateSubscribe(options);
      return trackedSubscription(subscriptions, createSqlSubscription(readPage, wakeups, fromPosition, prefix));
    },

    async streamRevision(streamName) {
      validateStreamName(streamName);
      const [row] = await client.query<{ revision: Int8 | null }>(sql.head.text, [streamName], sql.head.name);
      return toStreamRevision(row?.revision ?? null);
    },

    async close() {
      await Promise.all([...subscriptions].map((s) => s.close()));
      await client.close();
    },
  };
}
