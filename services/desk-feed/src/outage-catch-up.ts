import { RECONNECT_MAX_MS, type BusLogger, type RedisBus } from './redis-bus';

/**
 * How long after the bus is back here the missed changes are published again: by then every
 * other instance has made its next reconnection attempt (one each {@link RECONNECT_MAX_MS} at
 * most, plus jitter) and is subscribed again (node-redis resubscribes before it is ready).
 */
const REPUBLISH_AFTER_MS = 2 * RECONNECT_MAX_MS;

interface Publisher {
  position(): bigint | undefined;
  republish(after: bigint | undefined, upTo: bigint | undefined): Promise<void>;
}

/**
 * While the bus is down, what this instance publishes reaches its own screens only (Redis
 * pub/sub keeps nothing for later). Once the bus is back, the changes published meanwhile are
 * published again, to every instance. Returns how to stop.
 */
export function republishAfterOutages(bus: RedisBus, desks: Publisher, logger?: BusLogger): () => void {
  // A feed starting with the bus down has missed nothing before its start.
  let missedAfter = desks.position();
  let pending: NodeJS.Timeout | undefined;
  const stop = bus.onChange((state) => {
    if (state === 'degraded') {
      // Down again before the last outage was made up for: the missed changes still start where they did.
      if (pending) clearTimeout(pending);
      else missedAfter = desks.position();
      pending = undefined;
      return;
    }
    const [after, upTo] = [missedAfter, desks.position()];
    pending = setTimeout(() => {
      pending = undefined;
      desks.republish(after, upTo).catch((error: unknown) => logger?.warn({ err: error }, 'the changes published while the redis bus was down could not be published again'));
    }, REPUBLISH_AFTER_MS);
  });
  return () => {
    stop();
    clearTimeout(pending);
  };
}
