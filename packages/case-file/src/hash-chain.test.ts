import type { RecordedEvent } from '@hotline/event-store';
import { describe, expect, it } from 'vitest';
import { eventHash, GENESIS_HASH, verifyChain } from './hash-chain';

/** A stream of three chained events, as handleCaseCommand stores them. */
function chained(): RecordedEvent[] {
  let previous = GENESIS_HASH;
  return [0, 1, 2].map((revision) => {
    const content = { id: `id-${revision}`, revision, type: 'NoteAdded', data: { text: `第${revision}条`, n: revision }, metadata: { command: 'AddNote', occurredAt: '2026-11-02T01:00:00.000Z' } };
    previous = eventHash(previous, content);
    return { ...content, streamName: 'case-x', position: BigInt(revision + 1), recordedAt: '2026-11-02T01:00:01.000Z', metadata: { ...content.metadata, hash: previous } };
  });
}

describe('the hash chain', () => {
  it('holds for events as stored, whatever the key order of their JSON', () => {
    const events = chained().map((event) => ({ ...event, data: Object.fromEntries(Object.entries(event.data).reverse()) }));
    expect(verifyChain(events)).toEqual({ verified: true, events: 3 });
  });

  it.each([
    ['data', (e: RecordedEvent) => ({ ...e, data: { ...e.data, text: '改过' } })],
    ['type', (e: RecordedEvent) => ({ ...e, type: 'CaseClosed' })],
    ['metadata', (e: RecordedEvent) => ({ ...e, metadata: { ...e.metadata, command: 'CloseCase' } })],
    ['revision', (e: RecordedEvent) => ({ ...e, revision: 7 })],
  ])('breaks at the event whose %s was altered', (_, alter) => {
    const events = chained();
    events[1] = alter(events[1]!);
    expect(verifyChain(events)).toMatchObject({ verified: false, brokenAt: { eventId: 'id-1', reason: 'hash does not match' } });
  });

  it('breaks where a hash is missing, and where two events were swapped', () => {
    const missing = chained();
    missing[0] = { ...missing[0]!, metadata: { command: 'AddNote' } };
    expect(verifyChain(missing)).toMatchObject({ verified: false, brokenAt: { version: 1, reason: 'no hash recorded' } });
    const [a, b, c] = chained();
    expect(verifyChain([a!, c!, b!])).toMatchObject({ verified: false, brokenAt: { version: 3 } });
  });

  it('is unaffected by the server clock, which it does not cover', () => {
    expect(verifyChain(chained().map((event) => ({ ...event, recordedAt: '2030-01-01T00:00:00.000Z' })))).toEqual({ verified: true, events: 3 });
  });
});
