import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import { catchRejections, subscribeWhenReady } from './redis-clients';

/** `up`: every instance's screens hear each other. `degraded`: each instance serves its own screens only. */
export type BusState = 'up' | 'degraded';

export interface BusLogger {
  warn(details: object, message: string): void;
  info(details: object, message: string): void;
}

export interface RedisBus {
  /** The socket.io adapter to install with `io.adapter(...)`. */
  readonly adapter: ReturnType<typeof createAdapter>;
  state(): BusState;
  /** Calls `listener` on each change of state; returns how to stop. */
  onChange(listener: (state: BusState) => void): () => void;
  close(): void;
}

/** How long a starting feed waits for Redis before it starts degraded (and joins the bus when Redis answers). */
const CONNECT_WAIT_MS = 3000;
/** The longest pause between two reconnection attempts: Redis back, every instance is back within about this long. */
export const RECONNECT_MAX_MS = 1000;
/**
 * Publishes waiting for Redis's answer beyond this many are dropped: a Redis that stops answering
 * without closing the connection would otherwise hold every message of the feed in memory. Well
 * above a burst sent in one go (a page of 1000 changes, the deadline crossings of a day).
 */
const MAX_PENDING_PUBLISHES = 20_000;

/**
 * The bus of several feed instances over Redis pub/sub, made to survive Redis going away:
 * - node-redis reconnects by itself (here every {@link RECONNECT_MAX_MS} at most, never giving up);
 * - the publishing client has no offline queue: while Redis is away a publish fails at once
 *   instead of piling up to be flushed, late, on return; the adapter emits to this instance's
 *   sockets before it publishes and never waits for the publish, so local screens are not held up;
 * - the adapter fires its Redis commands and forgets them, so each failure would be an unhandled
 *   rejection, which ends a Node process: they are caught, and failed publishes counted as dropped;
 * - the adapter's subscriptions (asked as it is installed) wait until Redis is there, so a feed
 *   started during an outage joins the bus when Redis returns; node-redis resubscribes every
 *   confirmed channel after a reconnection, before it calls itself ready.
 * The state changes and is logged once per outage, not once per failed attempt or message. At
 * start it waits {@link CONNECT_WAIT_MS} at most for Redis, then starts degraded rather than not at all.
 */
export async function connectRedisBus(url: string, logger?: BusLogger): Promise<RedisBus> {
  const socket = { reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, RECONNECT_MAX_MS) + Math.floor(Math.random() * 100) };
  const pub = createClient({ url, socket, disableOfflineQueue: true, commandsQueueMaxLength: MAX_PENDING_PUBLISHES });
  const sub = createClient({ url, socket });
  const listeners = new Set<(state: BusState) => void>();
  // Undefined while connecting at start (then, and once closed, changes are not news).
  let state: BusState | undefined;
  let lastError: unknown;
  let downSince = 0;
  let dropped = 0;
  let droppedWhileUp = false;

  const update = () => {
    if (state === undefined) return;
    const now: BusState = pub.isReady && sub.isReady ? 'up' : 'degraded';
    if (now === state) return;
    state = now;
    droppedWhileUp = false;
    if (now === 'degraded') {
      downSince = Date.now();
      dropped = 0;
      logger?.warn({ err: lastError }, "redis bus down: each feed instance serves its own screens only until it is back");
    } else {
      logger?.info({ downMs: Date.now() - downSince, droppedPublishes: dropped }, 'redis bus back: screens on every instance hear each other again');
    }
    for (const listener of listeners) listener(now);
  };
  for (const client of [pub, sub]) {
    // An 'error' without a listener would be thrown; node-redis emits one per failed attempt.
    client.on('error', (error: unknown) => {
      lastError = error;
      update();
    });
    client.on('ready', update);
  }
  const closing = new AbortController();
  catchRejections(pub, ['publish'], (error) => {
    dropped++;
    // Connected, yet dropping (the pending publishes at their bound): Redis is not answering.
    if (state !== 'up' || droppedWhileUp) return;
    droppedWhileUp = true;
    logger?.warn({ err: error }, 'redis bus dropping publishes while connected: is Redis answering?');
  });
  catchRejections(sub, ['unsubscribe', 'pUnsubscribe'], () => undefined);
  subscribeWhenReady(sub, closing.signal);

  // connect() resolves once ready, retrying meanwhile; its failures are the 'error' events above.
  const connected = Promise.all([pub.connect(), sub.connect()]).catch(() => undefined);
  await within(connected, CONNECT_WAIT_MS);
  state = 'up';
  update();
  return {
    adapter: createAdapter(pub, sub),
    state: () => state ?? 'degraded',
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      state = undefined;
      closing.abort();
      // destroy, not quit: QUIT waits in the queue for a Redis that may never come back.
      for (const client of [pub, sub]) client.destroy();
    },
  };
}

/** Waits for `promise`, or `ms` at most. */
async function within(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([promise, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}
