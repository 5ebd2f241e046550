import { excludeSystemEvents, streamNameFilter, type AllStreamSubscription, type EventStoreDBClient } from '@eventstore/db-client';
import { MAX_CONSECUTIVE_FAILURES, retryDelay, sleep } from '../retry';
import type { RecordedEvent, Subscription } from '../types';
import { fromEsdbEvent, isForeign, toReadPosition } from './esdb-mapping';

/**
 * A catch-up subscription to `$all`. The client does not resubscribe by itself: when the
 * stream fails (or ends without being closed) we subscribe again from the last delivered
 * position, which EventStoreDB treats as exclusive; events at or before it are dropped
 * anyway in case a server replays one.
 */
export function createEsdbSubscription(client: EventStoreDBClient, from: bigint, prefix: string | undefined): Subscription {
  const abort = new AbortController();
  let current: AllStreamSubscription | undefined;

  async function* follow(): AsyncGenerator<RecordedEvent, void, undefined> {
    let after = from;
    let failures = 0;
    while (!abort.signal.aborted) {
      const filter = prefix === undefined ? excludeSystemEvents() : streamNameFilter({ prefixes: [prefix] });
      current = client.subscribeToAll({ fromPosition: toReadPosition(after), filter });
      let failure: unknown = new Error('EventStoreDB ended the subscription');
      try {
        for await (const resolved of current) {
          failures = 0;
          const event = resolved.event;
          if (!event || event.position.commit <= after || isForeign(event)) continue;
          yield fromEsdbEvent(event);
          after = event.position.commit;
        }
      } catch (error) {
        failure = error;
      } finally {
        await current.unsubscribe().catch(() => {});
      }
      if (abort.signal.aborted) return;
      if (++failures >= MAX_CONSECUTIVE_FAILURES) throw failure;
      await sleep(retryDelay(failures), abort.signal);
    }
  }

  const events = follow();
  return {
    [Symbol.asyncIterator]: () => events,
    async close() {
      abort.abort();
      await current?.unsubscribe().catch(() => {});
      await events.return(undefined);
    },
  };
}
