/** How subscriptions ride out a failing server: back off, and give up only after this many failures in a row. */
export const MAX_CONSECUTIVE_FAILURES = 10;
const DELAYS_MS = [100, 250, 500, 1000, 2000, 5000];

export const retryDelay = (failures: number): number => DELAYS_MS[Math.min(failures, DELAYS_MS.length) - 1] ?? 0;

/** Resolves after `ms`, or at once when `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done);
  });
}
