import type { Logger } from 'pino';

/** How long a scrape waits for the database and the log: well inside Prometheus's default scrape timeout of 10 s. */
export const SCRAPE_TIMEOUT_MS = 2000;

/**
 * A measurement taken at scrape time, for a family of gauges. The registry collects every metric
 * at once, so the gauges of one family asking together share one measurement; and a measurement
 * still running (a slow database) is shared by the next scrape rather than started again, so
 * queries cannot pile up. Each caller waits at most SCRAPE_TIMEOUT_MS: a measurement that fails or is
 * late is logged and answered `undefined`, and its gauges report nothing for that scrape instead
 * of failing the whole scrape (which would hide the HTTP and process metrics too).
 */
export function atScrape<T>(family: string, measure: () => Promise<T>, logger: Logger): () => Promise<T | undefined> {
  let running: Promise<T> | undefined;
  return async () => {
    running ??= measure().finally(() => (running = undefined));
    try {
      return await within(running, SCRAPE_TIMEOUT_MS);
    } catch (error) {
      logger.warn({ err: error, family }, 'metrics: could not measure; the family is left out of this scrape');
      return undefined;
    }
  };
}

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
