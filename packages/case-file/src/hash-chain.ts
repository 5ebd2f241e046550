import type { JsonObject, RecordedEvent } from '@hotline/event-store';
import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import { versionOf } from './stream';

/** The "previous hash" of a stream's first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** What a link of the chain covers: everything of the event but the server's `recordedAt` and the hash itself. */
export interface ChainedContent {
  readonly id: string;
  readonly revision: number;
  readonly type: string;
  readonly data: JsonObject;
  readonly metadata: JsonObject;
}

/**
 * SHA-256 over the previous event's hash and this event's content in canonical JSON (RFC 8785,
 * via `canonicalize`, so key order and number spelling cannot change it). Altering any stored
 * event, or removing or reordering one, breaks every link from it on.
 */
export function eventHash(previousHash: string, { id, revision, type, data, metadata }: ChainedContent): string {
  const { hash: _hash, ...covered } = metadata;
  const content = canonicalize({ previousHash, id, revision, type, data, metadata: covered })!;
  return createHash('sha256').update(content).digest('hex');
}

/** The hash the last stored event recorded: where the next one links on. */
export const lastHashOf = (recorded: readonly RecordedEvent[]): string => {
  const hash = recorded.at(-1)?.metadata.hash;
  return typeof hash === 'string' ? hash : GENESIS_HASH;
};

export type ChainVerdict =
  | { readonly verified: true; readonly events: number }
  | {
      readonly verified: false;
      readonly events: number;
      /** The first event whose recorded hash is not what its content and the chain give. */
      readonly brokenAt: { readonly version: number; readonly eventId: string; readonly reason: 'no hash recorded' | 'hash does not match' };
    };

/** Recomputes a stream's chain from its first event and reports the first broken link. */
export function verifyChain(recorded: readonly RecordedEvent[]): ChainVerdict {
  let previous = GENESIS_HASH;
  for (const event of recorded) {
    const stored = event.metadata.hash;
    const brokenAt = (reason: 'no hash recorded' | 'hash does not match') => ({ version: versionOf(event.revision), eventId: event.id, reason });
    if (typeof stored !== 'string') return { verified: false, events: recorded.length, brokenAt: brokenAt('no hash recorded') };
    if (stored !== eventHash(previous, event)) return { verified: false, events: recorded.length, brokenAt: brokenAt('hash does not match') };
    previous = stored;
  }
  return { verified: true, events: recorded.length };
}
