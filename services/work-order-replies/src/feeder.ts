import type { EventStore } from '@hotline/event-store';
import type { Kysely } from 'kysely';
import { backoffDelay, OUTAGE_BACKOFF } from './backoff';
import { readFeedPosition } from './feed-position';
import { repliesIn } from './find-replies';
import type { RepliesLogger } from './logger';
import { createPause } from './pause';
import { recordReplies } from './record-replies';
import type { WorkOrderRepliesTables } from './tables';

export interface FeederOptions {
  readonly store: EventStore;
  readonly db: Kysely<WorkOrderRepliesTables>;
  readonly clock: () => Date;
  /** How often to look for new events once caught up. */
  readonly pollMs: number;
  readonly pageSize: number;
  readonly logger?: RepliesLogger;
  /** Called after a page added replies to the outbox (the dispatcher wakes up). */
  readonly onRecorded: () => void;
}

export interface RunningFeeder {
  /** Resolves once the feeder has looked at every event stored when it started. */
  readonly ready: Promise<void>;
  /** Ends after the page in hand is recorded (or abandoned whole), never half-way. */
  stop(): Promise<void>;
}

/**
 * Feeds the outbox from the event log: page after page from its own position, each page's
 * replies and the new position in one transaction. It reads pages (`readAll`) rather than
 * subscribing: a page is a natural batch, replies are due in days so a poll's delay is nothing,
 * and `readAll` never skips an event committed late, like the subscription.
 */
export function runFeeder(options: FeederOptions): RunningFeeder {
  const { store, db, clock, pollMs, pageSize, logger, onRecorded } = options;
  const pause = createPause();
  let stopped = false;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const loop = (async () => {
    for (let failures = 0; !stopped; ) {
      try {
        const position = await readFeedPosition(db);
        const page = await store.readAll({ ...(position !== undefined && { fromPosition: position }), maxCount: pageSize });
        const last = page.at(-1);
        if (last) {
          const added = await recordReplies(db, await repliesIn(store, page), last.position, clock());
          if (added > 0) onRecorded();
        }
        failures = 0;
        if (page.length < pageSize) {
          markReady();
          await pause.sleep(pollMs);
        }
      } catch (error) {
        if (stopped) break;
        const retryIn = backoffDelay(++failures, OUTAGE_BACKOFF);
        logger?.error({ err: error, retryIn }, 'work-order replies: reading the log failed; trying the page again');
        await pause.sleep(retryIn);
      }
    }
  })();

  return {
    ready,
    async stop() {
      stopped = true;
      pause.wake();
      await loop;
    },
  };
}
