import { WrongExpectedVersion, type EventStore } from '@hotline/event-store';
import { Counter, type Registry } from 'prom-client';

export interface AppendCounters {
  readonly appended: Counter;
  readonly conflicts: Counter;
}

export function appendCounters(registry: Registry): AppendCounters {
  return {
    appended: new Counter({
      name: 'hotline_events_appended_total',
      help: 'Events the store accepted (an idempotent retry of a stored append counts again: the store answers it as a success).',
      registers: [registry],
    }),
    conflicts: new Counter({
      name: 'hotline_append_conflicts_total',
      help: 'Appends refused by the store because another writer moved the stream first (WrongExpectedVersion).',
      registers: [registry],
    }),
  };
}

/**
 * The store, counting appends and conflicts on the way through: the services get this one and the
 * store's own code stays unaware of metrics. A stale If-Match is refused by the case file before
 * it appends, so it is no store conflict; these count two writers racing between read and append.
 */
export function instrumentedStore(store: EventStore, { appends }: { readonly appends: AppendCounters }): EventStore {
  return {
    async appendToStream(streamName, events, options) {
      try {
        const result = await store.appendToStream(streamName, events, options);
        appends.appended.inc(events.length);
        return result;
      } catch (error) {
        if (error instanceof WrongExpectedVersion) appends.conflicts.inc();
        throw error;
      }
    },
    readStream: (streamName, options) => store.readStream(streamName, options),
    readAll: (options) => store.readAll(options),
    subscribeToAll: (options) => store.subscribeToAll(options),
    streamRevision: (streamName) => store.streamRevision(streamName),
    close: () => store.close(),
  };
}
