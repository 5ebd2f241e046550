/** The pauses between attempts: doubling from `baseMs`, never above `capMs`. */
export interface Backoff {
  readonly baseMs: number;
  readonly capMs: number;
}

/** One minute, doubling to an hour: eight attempts span about two hours, well inside a work order's reply days. */
export const DEFAULT_BACKOFF: Backoff = { baseMs: 60_000, capMs: 3_600_000 };

/** After the database or the store failed: soon at first, then every few seconds until they are back. */
export const OUTAGE_BACKOFF: Backoff = { baseMs: 100, capMs: 5000 };

/**
 * How long to wait after failed attempt number `attempt` (1 for the first): the exponential step
 * `min(capMs, baseMs * 2^(attempt-1))`, of which a random half is jitter, so replies that failed
 * together (12345 down for a while) do not all come back at the same instant.
 *
 * @example
 * backoffDelay(3, { baseMs: 1000, capMs: 60_000 }) // between 2000 and 4000
 */
export function backoffDelay(attempt: number, { baseMs, capMs }: Backoff, random: () => number = Math.random): number {
  const step = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + (step / 2) * random());
}
