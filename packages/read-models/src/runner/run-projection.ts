import { CASE_STREAM_PREFIX } from '@hotline/case-file';
import type { EventStore, Subscription } from '@hotline/event-store';
import type { Kysely } from 'kysely';
import type { Projection } from '../projection';
import { applyBatch } from './apply-batch';
import { batches } from './batches';
import { ensureProjection } from './generations';
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
  /** Called after each committed batch with the new checkpoint (the feed publishes from here). */
  readonly onApplied?: (position: bigint) => void;
}

export interface RunningProjection {
  readonly name: string;
  /** Resolves once the projection's tables exist (readers may query them). */
  readonly ready: Promise<void>;
  /** The last position this runner applied or found applied. */
  readonly position: bigint | undefined;
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
 */
export function runProjection(options: RunProjectionOptions): RunningProjection {
  const { store, db, projection, batchSize = 500, lingerMs = 20, logger, onApplied } = options;
  let position: bigint | undefined;
  let stopped = false;
  let subscription: Subscription | undefined;
  let wake: (() => void) | undefined;
  const waiters = new Set<{ position: bigint; resolve: () => void }>();

  const advance = (to: bigint) => {
    position = to;
    for (const waiter of waiters) if (waiter.position <= to) (waiters.delete(waiter), waiter.resolve());
    onApplied?.(to);
  };

  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const pause = (ms: number) => new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    wake = () => (clearTimeout(timer), resolve());
  });

  const loop = (async () => {
    for (let failures = 0; !stopped; ) {
      try {
        let checkpoint = await ensureProjection(db, projection);
        if (checkpoint.version !== projection.version) {
          logger?.info({ projection: projection.name, from: checkpoint.version, to: projection.version }, 'projection changed; rebuilding it from the events');
          await rebuildProjection({ store, db, projection });
          checkpoint = await ensureProjection(db, projection);
        }
        markReady();
        if (checkpoint.position !== undefined) advance(checkpoint.position);
        subscription = store.subscribeToAll({
          ...(checkpoint.position !== undefined && { fromPosition: checkpoint.position }),
          filter: { streamNamePrefix: CASE_STREAM_PREFIX },
        });
        if (stopped) await subscription.close();
        for await (const batch of batches(subscription, batchSize, lingerMs)) {
          const through = batch.at(-1)!.position;
          advance(await applyBatch(db, projection, projection.name, batch, through));
          failures = 0;
        }
      } catch (error) {
        if (stopped) break;
        const retryIn = RETRY_MS[Math.min(failures++, RETRY_MS.length - 1)]!;
        logger?.error({ err: error, projection: projection.name, retryIn }, 'projection batch failed; resuming from the checkpoint');
        await subscription?.close().catch(() => undefined);
        await pause(retryIn);
      }
    }
  })();

  return {
    name: projection.name,
    ready,
    get position() {
      return position;
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
