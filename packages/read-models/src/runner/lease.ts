/**
 * The right to apply one projection. Of several runners of a projection (one per projector
 * process), the one holding the lease applies the log; the others stand by and try again.
 *
 * A lease spares the work, it does not guard the figures: a batch moves the checkpoint under
 * the checkpoint row's lock and applies only events after it (see `applyBatch`), so a leader
 * that lost its lease and commits one last batch alongside its successor counts nothing twice.
 */
export interface Lease {
  /**
   * One attempt, without waiting: a signal that aborts (with the reason) when the lease is
   * lost, or undefined while another runner holds it.
   */
  tryAcquire(): Promise<AbortSignal | undefined>;
  /** Gives the lease up, if held, and closes what holds it. */
  close(): Promise<void>;
}

/** The lease of a runner that has no rival (PGlite: one process per database): held from the start, never lost. */
export const soleLease = (): Lease => {
  const forever = new AbortController().signal;
  return { tryAcquire: async () => forever, close: async () => undefined };
};
