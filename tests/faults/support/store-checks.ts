/** What the store holds, read behind the product's back, to hold it to what clients were told. */
import { CASE_STREAM_PREFIX, caseStreamName } from '@hotline/case-file';
import type { EventStore, RecordedEvent } from '@hotline/event-store';
import type { Acknowledged } from './load';

/**
 * The acknowledged writes the store does not hold: no event at that version of the case, or
 * another request's event there (its correlation id differs).
 */
export async function unstoredWrites(store: EventStore, acknowledged: readonly Acknowledged[]): Promise<Acknowledged[]> {
  const streams = new Map<string, RecordedEvent[]>();
  for (const caseId of new Set(acknowledged.map((write) => write.caseId))) streams.set(caseId, await store.readStream(caseStreamName(caseId)));
  return acknowledged.filter(({ caseId, version, correlationId }) => {
    const event = streams.get(caseId)?.[version - 1];
    return event?.revision !== version - 1 || event.metadata.correlationId !== correlationId;
  });
}

/** Every case event of the global log, in its order. */
export async function caseEvents(store: EventStore): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for (let fromPosition: bigint | undefined; ; ) {
    const page = await store.readAll({ ...(fromPosition !== undefined && { fromPosition }), maxCount: 1000 });
    events.push(...page.filter((event) => event.streamName.startsWith(CASE_STREAM_PREFIX)));
    if (page.length < 1000) return events;
    fromPosition = page.at(-1)!.position;
  }
}
