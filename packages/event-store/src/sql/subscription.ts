import { MAX_CONSECUTIVE_FAILURES, retryDelay, sleep } from '../retry';
import type { RecordedEvent, Subscription } from '../types';
import type { Wakeups } from './wakeups';

/** The events after a position, up to a limit, and the horizon below which all were looked at. */
export interface Page {
  readonly events: RecordedEvent[];
  readonly horizon: bigint;
}
export type ReadPage = (after: bigint, prefix: string, limit: number) => Promise<Page>;

const PAGE_SIZE = 1000;
/** A safety net, not the mechanism: covers a wake-up lost with the LISTEN connection or a writer that died before notifying. */
const FALLBACK_POLL_MS = 1000;

/**
 * Catches up page by page, then waits for a wake-up and reads again. The read query is the
 * truth; wake-ups only say when to look. The position of the last delivered event lives here,
 * so a lost LISTEN connection or a failed query resumes exactly after it.
 */
export function createSqlSubscription(readPage: ReadPage, wakeups: Wakeups, from: bigint, prefix = ''): Subscription {
  const abort = new AbortController();
  const events = follow(readPage, wakeups, from, prefix, abort.signal);
  return {
    [Symbol.asyncIterator]: () => events,
    async close() {
      abort.abort();
      await events.return(undefined);
    },
  };
}

async function* follow(readPage: ReadPage, wakeups: Wakeups, from: bigint, prefix: string, signal: AbortSignal) {
  await wakeups.acquire();
  let readAhead: Promise<Page> | undefined;
  try {
    let after = from;
    let failures = 0;
    while (!signal.aborted) {
      const seen = wakeups.generation;
      let page: Page;
      try {
        page = await (readAhead ?? readPage(after, prefix, PAGE_SIZE));
        failures = 0;
      } catch (error) {
        if (++failures >= MAX_CONSECUTIVE_FAILURES) throw error;
        await sleep(retryDelay(failures), signal);
        continue;
      } finally {
        readAhead = undefined;
      }
      const last = page.events.at(-1);
      if (last && page.events.length === PAGE_SIZE) {
        // Catching up: the server fetches the next page while this one is consumed.
        readAhead = readPage(last.position, prefix, PAGE_SIZE);
        readAhead.catch(() => {}); // awaited (and its failure handled) on the next turn
      }
      for (const event of page.events) {
        if (signal.aborted) return;
        yield event;
        after = event.position;
      }
      if (readAhead) continue;
      // Everything below the horizon was looked at, filtered out or not: never scan it again.
      if (page.horizon - 1n > after) after = page.horizon - 1n;
      await wakeups.wait(seen, FALLBACK_POLL_MS, signal);
    }
  } finally {
    await wakeups.release();
  }
}
