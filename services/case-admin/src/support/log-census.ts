import { CASE_STREAM_PREFIX } from '@hotline/case-file';
import type { EventStore } from '@hotline/event-store';
import { showProgress } from './progress';

export interface LogCensus {
  /** Every event in the log, of any stream: what a rebuild reads. */
  readonly events: number;
  /** Each case stream and its number of events. */
  readonly caseStreams: ReadonlyMap<string, number>;
}

/**
 * Reads the whole log once to count it: the store keeps no count and lists no streams, and a
 * progress bar needs its total before the long work starts.
 */
export async function censusOf(store: EventStore): Promise<LogCensus> {
  const progress = showProgress('reading the event log');
  const caseStreams = new Map<string, number>();
  let events = 0;
  let position: bigint | undefined;
  for (;;) {
    const page = await store.readAll({ ...(position !== undefined && { fromPosition: position }), maxCount: 1000 });
    if (page.length === 0) break;
    position = page.at(-1)!.position;
    events += page.length;
    for (const event of page) {
      if (event.streamName.startsWith(CASE_STREAM_PREFIX)) caseStreams.set(event.streamName, (caseStreams.get(event.streamName) ?? 0) + 1);
    }
    progress.update(events);
  }
  progress.done();
  return { events, caseStreams };
}
