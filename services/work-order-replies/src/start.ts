import type { EventStore } from '@hotline/event-store';
import type { Kysely } from 'kysely';
import { DEFAULT_BACKOFF, type Backoff } from './backoff';
import { runDispatcher, type RunningDispatcher } from './dispatcher';
import { runFeeder } from './feeder';
import type { RepliesLogger } from './logger';
import type { WorkOrderRepliesTables } from './tables';

export interface WorkOrderRepliesOptions {
  readonly store: EventStore;
  /** With the work_order_replies migrations applied (WORK_ORDER_REPLIES_MIGRATIONS). */
  readonly db: Kysely<any>;
  /** The secret shared with 12345, the one its pushes are signed with. */
  readonly secret: string;
  /** The platform's reply endpoint. Unset: replies are recorded and wait; nothing is sent. */
  readonly replyUrl?: string;
  readonly logger?: RepliesLogger;
  /** Default: the system clock. Due times, leases and signature timestamps read it. */
  readonly clock?: () => Date;
  /** Default {@link DEFAULT_BACKOFF}. */
  readonly backoff?: Backoff;
  /** Default 8. */
  readonly maxAttempts?: number;
  /** How long one attempt may take. Default 10 s. */
  readonly timeoutMs?: number;
  /** How often to look for new events and for replies added elsewhere. Default 1 s. */
  readonly pollMs?: number;
}

export interface WorkOrderReplies {
  /** Resolves once every event stored at the start has been looked at (its replies are in the outbox). */
  readonly ready: Promise<void>;
  /** Whether replies are being sent (a reply URL is configured). */
  readonly sending: boolean;
  /** Looks at the outbox now, e.g. after an admin's retry; the next poll would anyway. */
  wake(): void;
  /** Waits for the page being recorded and the attempts in flight; the feed position stays where a page ended. */
  stop(): Promise<void>;
}

/**
 * Runs the 12345 outbox: the feeder records a reply for every case of a work order that is
 * closed, not accepted or transferred, and the dispatcher sends them, signed, until 12345 takes
 * each (at least once: 12345 drops repeats by the idempotency key).
 *
 * @example
 * const replies = startWorkOrderReplies({ store, db, secret: secrets.workOrderSecret, replyUrl: config.HOTLINE_12345_REPLY_URL, logger });
 * await replies.stop();
 */
export function startWorkOrderReplies(options: WorkOrderRepliesOptions): WorkOrderReplies {
  const { store, secret, replyUrl, logger, clock = () => new Date(), backoff = DEFAULT_BACKOFF, maxAttempts = 8, timeoutMs = 10_000, pollMs = 1000 } = options;
  const db = options.db as Kysely<WorkOrderRepliesTables>;
  const dispatcher: RunningDispatcher | undefined =
    replyUrl === undefined
      ? undefined
      : runDispatcher({
          db,
          target: { url: replyUrl, secret, timeoutMs },
          clock,
          backoff,
          maxAttempts,
          // Long enough that a slow attempt is answered before another dispatcher may take the row.
          leaseMs: 3 * timeoutMs,
          batchSize: 10,
          pollMs,
          ...(logger && { logger }),
        });
  if (!dispatcher) logger?.warn({}, 'HOTLINE_12345_REPLY_URL is not set: replies to 12345 are recorded but not sent');
  const feeder = runFeeder({ store, db, clock, pollMs, pageSize: 500, ...(logger && { logger }), onRecorded: () => dispatcher?.wake() });
  return {
    ready: feeder.ready,
    sending: dispatcher !== undefined,
    wake: () => dispatcher?.wake(),
    async stop() {
      await Promise.all([feeder.stop(), dispatcher?.stop()]);
    },
  };
}
