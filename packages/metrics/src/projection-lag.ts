import type { EventStore } from '@hotline/event-store';
import { sql, type Kysely } from 'kysely';
import type { Logger } from 'pino';
import { Gauge, type Registry } from 'prom-client';
import { atScrape } from './scrape';

/**
 * Unapplied events are counted up to this many: positions are sparse (transaction id << 16 |
 * index), so the distance from a checkpoint to the head is no count and the events must be read.
 * Reading a page of them keeps a scrape cheap; beyond it the lag in seconds says how bad it is.
 */
const LAG_EVENTS_COUNTED = 1000;

interface Lag {
  readonly projection: string;
  readonly events: number;
  readonly seconds: number;
}

/**
 * `hotline_projection_lag_events{projection}` and `hotline_projection_lag_seconds{projection}`,
 * measured at each scrape from every row of projection_checkpoints (a rebuild in progress shows
 * as `<name>#rebuild`): one query for the checkpoints, then one page of the log after each.
 */
export function projectionLag(registry: Registry, deps: { readonly store: EventStore; readonly db: Kysely<any>; readonly logger: Logger }): void {
  const measure = atScrape('projection lag', () => measureLag(deps.store, deps.db), deps.logger);
  const gauge = (name: string, help: string, valueOf: (lag: Lag) => number) =>
    new Gauge({
      name,
      help,
      labelNames: ['projection'] as const,
      registers: [registry],
      async collect() {
        const lags = await measure();
        // Rebuilt checkpoints come and go: report what is there now, nothing when unmeasured.
        this.reset();
        for (const lag of lags ?? []) this.set({ projection: lag.projection }, valueOf(lag));
      },
    });
  gauge('hotline_projection_lag_events', `Events in the log after the projection's checkpoint, counted up to ${LAG_EVENTS_COUNTED}.`, (lag) => lag.events);
  gauge('hotline_projection_lag_seconds', 'Age of the oldest event the projection has not applied yet; 0 when it has applied them all.', (lag) => lag.seconds);
}

async function measureLag(store: EventStore, db: Kysely<any>): Promise<Lag[]> {
  const { rows } = await sql<{ name: string; position: string | null }>`select name, position::text as position from projection_checkpoints`.execute(db);
  return Promise.all(
    rows.map(async ({ name, position }) => {
      const unapplied = await store.readAll({ ...(position !== null && { fromPosition: BigInt(position) }), maxCount: LAG_EVENTS_COUNTED });
      const oldest = unapplied[0];
      // recordedAt is the store's clock; this process's may be a little behind it.
      const seconds = oldest ? Math.max(0, (Date.now() - Date.parse(oldest.recordedAt)) / 1000) : 0;
      return { projection: name, events: unapplied.length, seconds };
    }),
  );
}
