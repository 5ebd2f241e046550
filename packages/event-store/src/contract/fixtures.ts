import { randomUUID } from 'node:crypto';
import type { EventStore, JsonObject, NewEvent, RecordedEvent, Subscription } from '../types';

/** A prefix no other test uses, so tests can share one store (and EventStoreDB's $all). */
export const uniquePrefix = (): string => `t${randomUUID().slice(0, 8)}-`;

export const newEvent = (type = 'CaseNoted', data: JsonObject = { text: 'a note' }, metadata?: JsonObject): NewEvent => ({
  id: randomUUID(),
  type,
  data,
  ...(metadata && { metadata }),
});

export const events = (count: number, type = 'CaseNoted'): NewEvent[] =>
  Array.from({ length: count }, (_, i) => newEvent(type, { n: i }));

/** The metadata the case service writes on every event. */
export const caseMetadata = (): JsonObject => ({
  actorId: 'op-0042',
  role: 'operator',
  stationId: 'scjg-pudong-01',
  correlationId: randomUUID(),
  causationId: randomUUID(),
  command: 'RegisterCase',
  occurredAt: '2020-01-02T03:04:05.678Z',
  clientIpHash: 'sha256:9f86d081884c7d65',
  nested: { channel: 'hotline_12315', tags: ['投诉', 'refund'], amountFen: 129900, urgent: false, note: null },
});

/** A position every later append is after: the position of a fresh marker event. */
export async function mark(store: EventStore): Promise<bigint> {
  const { position } = await store.appendToStream(`${uniquePrefix()}marker`, [newEvent('Marked')], { expectedRevision: 'no_stream' });
  return position;
}

/** Reads $all from `after` to the end, page by page, keeping the events of streams starting with `prefix`. */
export async function readAllAfter(store: EventStore, after: bigint, prefix: string, maxCount = 100): Promise<RecordedEvent[]> {
  const found: RecordedEvent[] = [];
  for (let from = after; ; ) {
    const page = await store.readAll({ fromPosition: from, maxCount });
    found.push(...page.filter((e) => e.streamName.startsWith(prefix)));
    const last = page.at(-1);
    if (!last || page.length < maxCount) return found;
    from = last.position;
  }
}

/** Collects `count` events from `subscription` (failing after `timeoutMs`), then closes it. */
export async function take(subscription: Subscription, count: number, timeoutMs = 10_000): Promise<RecordedEvent[]> {
  const received: RecordedEvent[] = [];
  const timer = setTimeout(() => void subscription.close(), timeoutMs);
  try {
    for await (const event of subscription) {
      received.push(event);
      if (received.length === count) break;
    }
  } finally {
    clearTimeout(timer);
    await subscription.close();
  }
  if (received.length < count) throw new Error(`received ${received.length} of ${count} events within ${timeoutMs} ms`);
  return received;
}

export const isStrictlyIncreasing = (positions: readonly bigint[]): boolean =>
  positions.every((p, i) => i === 0 || (positions[i - 1] as bigint) < p);
