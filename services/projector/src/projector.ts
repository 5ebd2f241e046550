import type { WorkingDayCalendar } from '@hotline/domain';
import type { EventStore } from '@hotline/event-store';
import { productProjections, runProjection, type ProjectionLogger, type RunningProjection, type RunProjectionOptions } from '@hotline/read-models';
import type { Kysely } from 'kysely';

export interface ProjectorDeps {
  readonly store: EventStore;
  readonly db: Kysely<any>;
  readonly calendar: WorkingDayCalendar;
  readonly logger?: ProjectionLogger;
  /**
   * Several projector processes on one PostgreSQL: where each projection's lease is held, so
   * one process applies it and the others stand by (main.ts passes DATABASE_URL and
   * DATABASE_SCHEMA). Without it this process applies every projection (PGlite, all-in-one).
   */
  readonly lease?: RunProjectionOptions['lease'];
}

export type AppliedListener = (projection: string, position: bigint) => void;

export interface Projector {
  readonly runners: readonly RunningProjection[];
  /** Resolves once every projection's tables exist. */
  readonly ready: Promise<void>;
  /** Whether this process applies projection `name` now; false: another process leads it and this one stands by. */
  leads(name: string): boolean;
  /** Calls `listener` after each batch this process commits, of any projection; returns how to stop. */
  onApplied(listener: AppliedListener): () => void;
  /** Resolves once every projection has applied every event stored when it was called. */
  caughtUp(timeoutMs?: number): Promise<void>;
  /** Resolves once every projection has applied everything up to `position` (a write's answer). */
  waitFor(position: bigint, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Runs every projection of the product, each from its own checkpoint. With a `lease`, this
 * process applies those it leads and stands by for the others, following their checkpoints so
 * that `waitFor` and `caughtUp` answer here too.
 */
export function startProjector(deps: ProjectorDeps): Projector {
  const listeners = new Set<AppliedListener>();
  const runners = productProjections(deps.calendar).map((projection) =>
    runProjection({
      store: deps.store,
      db: deps.db,
      projection,
      ...(deps.logger && { logger: deps.logger }),
      ...(deps.lease && { lease: deps.lease }),
      onApplied: (position) => listeners.forEach((listener) => listener(projection.name, position)),
    }),
  );
  return {
    runners,
    ready: Promise.all(runners.map((runner) => runner.ready)).then(() => undefined),
    leads: (name) => runners.some((runner) => runner.name === name && runner.leading),
    onApplied(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async caughtUp(timeoutMs) {
      const head = await headPosition(deps.store, runners);
      if (head !== undefined) await Promise.all(runners.map((runner) => runner.waitFor(head, timeoutMs)));
    },
    async waitFor(position, timeoutMs) {
      await Promise.all(runners.map((runner) => runner.waitFor(position, timeoutMs)));
    },
    async stop() {
      await Promise.all(runners.map((runner) => runner.stop()));
    },
  };
}

/** The position of the last stored event, read forward from the slowest runner. */
async function headPosition(store: EventStore, runners: readonly RunningProjection[]): Promise<bigint | undefined> {
  const positions = runners.map((runner) => runner.position);
  let head = positions.includes(undefined) ? undefined : positions.reduce((a, b) => (a! < b! ? a : b));
  for (;;) {
    const page = await store.readAll({ ...(head !== undefined && { fromPosition: head }), maxCount: 1000 });
    if (page.length === 0) return head;
    head = page.at(-1)!.position;
  }
}
