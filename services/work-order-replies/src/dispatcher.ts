import type { Kysely } from 'kysely';
import { backoffDelay, OUTAGE_BACKOFF, type Backoff } from './backoff';
import { claimDueReplies, nextDueAt, recordAttempt, type ClaimedReply } from './claims';
import { deliverReply, type DeliveryTarget } from './deliver-reply';
import type { RepliesLogger } from './logger';
import { createPause } from './pause';
import type { WorkOrderRepliesTables } from './tables';

export interface DispatcherOptions {
  readonly db: Kysely<WorkOrderRepliesTables>;
  readonly target: DeliveryTarget;
  readonly clock: () => Date;
  readonly backoff: Backoff;
  /** Attempts before a reply is marked undeliverable. */
  readonly maxAttempts: number;
  /** How long a claim keeps other dispatchers off a row; longer than an attempt may take. */
  readonly leaseMs: number;
  /** Replies claimed, and sent side by side, at a time. */
  readonly batchSize: number;
  /** The longest sleep between looks at the outbox (rows added or retried by other processes). */
  readonly pollMs: number;
  readonly logger?: RepliesLogger;
}

export interface RunningDispatcher {
  /** Looks at the outbox now (new replies were recorded, or one was retried). */
  wake(): void;
  /** Ends once the attempts in flight have been answered and recorded. */
  stop(): Promise<void>;
}

/** Delivers due replies until stopped: claim a batch, send each, record each result. */
export function runDispatcher(options: DispatcherOptions): RunningDispatcher {
  const { db, target, clock, backoff, maxAttempts, leaseMs, batchSize, pollMs, logger } = options;
  const pause = createPause();
  let stopped = false;

  const attempt = async (claimed: ClaimedReply) => {
    const result = await deliverReply(target, claimed.body, claimed.replyId, clock());
    const now = clock();
    const retryAt = result.delivered || claimed.attempt >= maxAttempts ? undefined : new Date(now.getTime() + backoffDelay(claimed.attempt, backoff));
    await recordAttempt(db, claimed, result, now, retryAt);
    if (result.delivered) return;
    const details = { replyId: claimed.replyId, attempt: claimed.attempt, error: result.error };
    if (retryAt) logger?.warn({ ...details, retryAt }, 'work-order reply not delivered; will try again');
    else logger?.error(details, `work-order reply undeliverable after ${claimed.attempt} attempts; an admin may retry it`);
  };

  const loop = (async () => {
    for (let failures = 0; !stopped; ) {
      try {
        const now = clock();
        const claimed = await claimDueReplies(db, now, new Date(now.getTime() + leaseMs), batchSize);
        // Settle every attempt before going on, so stop() never returns with one still in flight.
        const failed = (await Promise.allSettled(claimed.map(attempt))).find((outcome) => outcome.status === 'rejected');
        if (failed) throw failed.reason;
        failures = 0;
        if (claimed.length === batchSize) continue;
        const due = await nextDueAt(db);
        await pause.sleep(due ? Math.min(pollMs, Math.max(0, due.getTime() - clock().getTime())) : pollMs);
      } catch (error) {
        if (stopped) break;
        const retryIn = backoffDelay(++failures, OUTAGE_BACKOFF);
        logger?.error({ err: error, retryIn }, 'work-order replies: the outbox is out of reach; trying again');
        await pause.sleep(retryIn);
      }
    }
  })();

  return {
    wake: () => pause.wake(),
    async stop() {
      stopped = true;
      pause.wake();
      await loop;
    },
  };
}
