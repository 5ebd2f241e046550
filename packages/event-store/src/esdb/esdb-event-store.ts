import { trackedSubscription } from '../tracked-subscription';
import { BACKWARDS, END, EventStoreDBClient, FORWARDS, START, StreamNotFoundError, jsonEvent } from '@eventstore/db-client';
import type { EventStore, RecordedEvent, Subscription } from '../types';
import { validateAppend } from '../validate-append';
import { validateReadAll, validateReadStream, validateStreamName, validateSubscribe } from '../validate-read';
import { fromEsdbEvent, fromEsdbRevision, isForeign, mapAppendError, toEsdbExpected, toReadPosition } from './esdb-mapping';
import { createEsdbSubscription } from './esdb-subscription';

export interface EsdbEventStoreOptions {
  /** e.g. `esdb://localhost:2113?tls=false`. */
  readonly connectionString: string;
}

/**
 * Stream names, revisions and idempotency are the server's own; this file only converts.
 * Switching to `@kurrent/kurrentdb-client` (which renames `expectedRevision` to
 * `streamState`) should touch only the esdb folder. The client connects on first use.
 */
export async function createEsdbEventStore({ connectionString }: EsdbEventStoreOptions): Promise<EventStore> {
  const client = EventStoreDBClient.connectionString(connectionString);
  const subscriptions = new Set<Subscription>();

  const store: EventStore = {
    async appendToStream(streamName, events, { expectedRevision }) {
      const checked = validateAppend(streamName, events, expectedRevision);
      const data = checked.map(({ id, type, data, metadata }) => jsonEvent({ id, type, data, metadata }));
      const result = await client
        .appendToStream(streamName, data, { expectedRevision: toEsdbExpected(expectedRevision) })
        .catch((error: unknown) => mapAppendError(error, streamName));
      const nextExpectedRevision = Number(result.nextExpectedRevision);
      // An idempotent retry comes back without a position: the original event has it.
      const position = result.position?.commit ?? (await store.readStream(streamName, { fromRevision: nextExpectedRevision, maxCount: 1 }))[0]?.position;
      if (position === undefined) throw new Error(`EventStoreDB returned no position for an append to ${streamName}`);
      return { nextExpectedRevision, position };
    },

    async readStream(streamName, options) {
      const { fromRevision, backwards, maxCount } = validateReadStream(streamName, options);
      if (maxCount === 0) return [];
      const from = fromRevision === undefined ? (backwards ? END : START) : BigInt(fromRevision);
      const read = client.readStream(streamName, { fromRevision: from, direction: backwards ? BACKWARDS : FORWARDS, maxCount });
      const events: RecordedEvent[] = [];
      try {
        for await (const resolved of read) if (resolved.event) events.push(fromEsdbEvent(resolved.event));
      } catch (error) {
        if (error instanceof StreamNotFoundError) return [];
        throw error;
      }
      return events;
    },

    async readAll(options) {
      const { fromPosition, maxCount } = validateReadAll(options);
      const events: RecordedEvent[] = [];
      let cursor = fromPosition;
      // $all reads are inclusive of fromPosition and hold system events we skip, so a page
      // may take several reads; a read shorter than asked means the end of $all.
      while (events.length < maxCount) {
        const asked = maxCount - events.length + 1;
        let seen = 0;
        for await (const { event } of client.readAll({ fromPosition: toReadPosition(cursor), maxCount: asked })) {
          seen++;
          if (!event || event.position.commit <= cursor) continue;
          cursor = event.position.commit;
          if (!isForeign(event)) events.push(fromEsdbEvent(event));
          if (events.length === maxCount) break;
        }
        if (seen < asked) break;
      }
      return events;
    },

    subscribeToAll(options) {
      const { fromPosition, prefix } = validateSubscribe(options);
      return trackedSubscription(subscriptions, createEsdbSubscription(client, fromPosition, prefix));
    },

    async streamRevision(streamName) {
      validateStreamName(streamName);
      const [last] = await store.readStream(streamName, { direction: 'backwards', maxCount: 1 });
      return last ? last.revision : fromEsdbRevision('no_stream');
    },

    async close() {
      await Promise.all([...subscriptions].map((s) => s.close()));
      await client.dispose();
    },
  };
  return store;
}
