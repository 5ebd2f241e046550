import { CASE_STREAM_PREFIX } from '@hotline/case-file';
import type { EventStore, Subscription } from '@hotline/event-store';
import type { Kysely } from 'kysely';
import type { Projection } from '../projection';
import { advisoryLease, type AdvisoryLeaseOptions } from './advisory-lease';
import { applyBatch } from './apply-batch';
import { batches } from './batches';
import { readCheckpoint } from './checkpoints';
import { ensureProjection } from './generations';
import { soleLease } from './lease';
import { rebuildProjection } from './rebuild-projection';

export interface ProjectionLogger {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface RunProjectionOptions {
  readonly store: EventStore;
  readonly db: Kysely<any>;
  readonly projection: Projection;
  /** Most events per transaction. */
  readonly batchSize?: number;
  /** How long a live event may wait for others to share its transaction. */
  readonly lingerMs?: number;
  readonly logger?: ProjectionLogger;
  /**
   * Called after each batch this runner commits, with the new checkpoint, and with the
   * checkpoint when it starts leading; not while it stands by (the feed publishes from here).
   */
  readonly onApplied?: (position: bigint) => void;
  /**
   * Several projector processes on PostgreSQL: the lease that lets one of them apply the
   * projection while the others stand by, trying for it every `pollMs` (default 500). Without
   * it this runner applies from the start (PGlite: one process per database).
   */
  readonly lease?: AdvisoryLeaseOptions & { readonly pollMs?: number };
}

export interface RunningProjection {
  readonly name: string;
  /** Resolves once the projection's tables exist (readers may query them). */
  readonly ready: Promise<void>;
  /** The last position this runner applied or found applied (standing by: the leader's checkpoint). */
  readonly position: bigint | undefined;
  /** Whether this runner holds the projection's lease and applies it; false: it stands by. */
  readonly leading: boolean;
  /** Resolves once the projection has applied everything up to `position`. */
  waitFor(position: bigint, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

const RETRY_MS = [100, 250, 500, 1000, 2000, 5000];

/**
 * Runs a projection: from its checkpoint, it follows every case event (catching up, then live)
 * and applies them in batches, each batch and the checkpoint in one transaction. A crash at any
 * instant loses the open transaction only, and the next start resumes from the checkpoint, so no
 * event is lost or counted twice. A failing batch (database down) is retried from the checkpoint
 * with growing pauses until it goes through or the runner stops.
 *
 * With a `lease`, the runner applies only while it holds it. Standing by, it tries for it every
 * `pollMs` and keeps `position` with the leader's checkpoint; it takes over where the last
 * committed batch left off. Losing the lease (its connection dropped) stops it applying at the
 * next batch and sends it back to standing by.
 */
export function runProjection(options: RunProjectionOptions): RunningProjection {
  const { store, db, projection, batchSize = 500, lingerMs = 20, logger, onApplied } = options;
  const lease = options.lease ? advisoryLease(projection.name, options.lease) : soleLease();
  const pollMs = options.lease?.pollMs ?? 500;
  const named = { projection: projection.name };
  let position: bigint | undefined;
  let stopped = false;
  let held: AbortSignal | undefined;
  let subscription: Subscription | undefined;
  let wake: (() => void) | undefined;
  const waiters = new Set<{ position: bigint; resolve: () => void }>();

  /** Moves `position`; `applied`: this runner's own batch, which the feed publishes. */
  const advance = (to: bigint, applied = true) => {
    position = to;
    for (const waiter of waiters) if (waiter.position <= to) (waiters.delete(waiter), waiter.resolve());
    if (applied) onApplied?.(to);
  };

  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const pause = (ms: number) => new Promise<void>((resolve) => {
    if (stopped) return resolve();
    const timer = setTimeout(resolve, ms);
    wake = () => (clearTimeout(timer), resolve());
  });

  /** Applies the log from the checkpoint until the runner stops or `lost` aborts. */
  const lead = async (lost: AbortSignal) => {
    const interrupt = () => (wake?.(), void subscription?.close());
    lost.addEventListener('abort', interrupt);
    for (let failures = 0; !stopped && !lost.aborted; ) {
      try {
        let checkpoint = await ensureProjection(db, projection);
        if (checkpoint.version !== projection.version) {
          logger?.info({ ...named, from: checkpoint.version, to: projection.version }, 'projection changed; rebuilding it from the events');
          await rebuildProjection({ store, db, projection });
          checkpoint = await ensureProjection(db, projection);
        }
        markReady();
        if (checkpoint.position !== undefined) advance(checkpoint.position);
        logger?.info({ ...named, after: checkpoint.position?.toString() ?? null }, 'applying the log after the checkpoint');
        subscription = store.subscribeToAll({
          ...(checkpoint.position !== undefined && { fromPosition: checkpoint.position }),
          filter: { streamNamePrefix: CASE_STREAM_PREFIX },
        });
        if (stopped || lost.aborted) await subscription.close();
        for await (const batch of batches(subscription, batchSize, lingerMs)) {
          if (lost.aborted) break;
          const through = batch.at(-1)!.position;
          advance(await applyBatch(db, projection, projection.name, batch, through));
          failures = 0;
        }
      } catch (error) {
        if (stopped || lost.aborted) break;
        const retryIn = RETRY_MS[Math.min(failures++, RETRY_MS.length - 1)]!;
        logger?.error({ err: error, ...named, retryIn }, 'projection batch failed; resuming from the checkpoint');
        await subscription?.close().catch(() => undefined);
        await pause(retryIn);
      }
    }
    lost.removeEventListener('abort', interrupt);
    await subscription?.close().catch(() => undefined);
  };

  /** Standing by: readers may query the tables once the leader made them; `waitFor` follows its checkpoint. */
  const follow = async () => {
    const checkpoint = await readCheckpoint(db, projection.name);
    if (!checkpoint) return;
    markReady();
    if (checkpoint.position !== undefined && (position === undefined || checkpoint.position > position)) advance(checkpoint.position, false);
  };

  const loop = (async () => {
    for (let failures = 0, standing = false; !stopped; ) {
      try {
        const lost = await lease.tryAcquire();
        if (lost) {
          held = lost;
          standing = false;
          logger?.info({ ...named, lease: 'leading' }, 'this process leads the projection');
          await lead(lost);
          held = undefined;
          if (!stopped) logger?.error({ err: lost.reason, ...named, lease: 'lost' }, 'lost the projection lease; standing by');
        } else {
          if (!standing) logger?.info({ ...named, lease: 'standby' }, 'another process leads the projection; standing by');
          standing = true;
          await follow();
        }
        failures = 0;
        // Also after a loss: a standby that has waited gets its turn rather than the leader flapping back.
        await pause(pollMs);
      } catch (error) {
        const retryIn = RETRY_MS[Math.min(failures++, RETRY_MS.length - 1)]!;
        logger?.error({ err: error, ...named, retryIn }, 'could not try for the projection lease or read its checkpoint; trying again');
        await pause(retryIn);
      }
    }
    await lease.close();
  })();

  return {
    name: projection.name,
    ready,
    get position() {
      return position;
    },
    get leading() {
      return held !== undefined && !held.aborted;
    },
    waitFor(target, timeoutMs = 10_000) {
      if (position !== undefined && position >= target) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const waiter = { position: target, resolve: () => (clearTimeout(timer), resolve()) };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`projection ${projection.name} did not reach position ${target} within ${timeoutMs} ms (at ${position})`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    async stop() {
      stopped = true;
      wake?.();
      await subscription?.close();
      await loop;
    },
  };
}
