import type { EsdbEventStoreOptions } from './esdb/esdb-event-store';
import type { EventStore } from './types';

export type { EsdbEventStoreOptions };

/**
 * EventStoreDB / KurrentDB. The gRPC client is loaded on first use, so processes on
 * PostgreSQL or PGlite never pay for it.
 * @example
 * const store = await createEsdbEventStore({ connectionString: process.env.EVENTSTORE_URL! });
 */
export async function createEsdbEventStore(options: EsdbEventStoreOptions): Promise<EventStore> {
  const { createEsdbEventStore: create } = await import('./esdb/esdb-event-store');
  return create(options);
}
