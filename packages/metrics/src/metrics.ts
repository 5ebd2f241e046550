import type { EventStore } from '@hotline/event-store';
import type { RequestHandler } from 'express';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { appendCounters, type AppendCounters } from './appends';
import { feedSockets, type SocketServer } from './feed-sockets';
import { requestDurations } from './http-requests';
import { projectionLag } from './projection-lag';
import { workOrderReplyBacklog } from './work-order-replies';

export interface Metrics {
  /** What `metricsRouter` serves. */
  readonly registry: Registry;
  /** Times every request: mount it before the routers (createHttpApp's `before`). */
  readonly timeRequests: RequestHandler;
  /** Moved by the store `instrumentedStore` wraps. */
  readonly appends: AppendCounters;
  /** Counts the live feed's sockets from now on: call once the feed runs. */
  watchFeed(io: SocketServer): void;
}

/**
 * The metrics of one composition, in a registry of its own rather than prom-client's global one:
 * a test process builds several compositions, and each must count only its own. The process's
 * default metrics (CPU, memory, event-loop lag, GC) are in it too.
 *
 * @example
 * const metrics = createMetrics({ store, db, logger });
 * const app = createHttpApp({ logger, before: [metrics.timeRequests], routers: [metricsRouter({ registry: metrics.registry }), ...] });
 */
export function createMetrics(deps: { readonly store: EventStore; readonly db: Kysely<any>; readonly logger: Logger }): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const sockets = feedSockets(registry);
  projectionLag(registry, deps);
  workOrderReplyBacklog(registry, deps);
  return {
    registry,
    timeRequests: requestDurations(registry),
    appends: appendCounters(registry),
    watchFeed: sockets.watch,
  };
}
