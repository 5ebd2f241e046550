import {
  ANY,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  WrongExpectedVersionError,
  type AppendExpectedRevision,
  type CurrentRevision,
  type ReadPosition,
  type RecordedEvent as EsdbRecordedEvent,
} from '@eventstore/db-client';
import { WrongExpectedVersion } from '../errors';
import type { ExpectedRevision, JsonObject, RecordedEvent, StreamRevision } from '../types';

/*
 * Positions: the interface's bigint is EventStoreDB's commit position. Events appended
 * through gRPC are committed one by one, so each has commit === prepare (its own offset
 * in the transaction log) and the pair is rebuilt from the commit alone. Positions are
 * byte offsets: sparse, and only their order means anything.
 */
export const toReadPosition = (position: bigint): ReadPosition =>
  position < 0n ? START : { commit: position, prepare: position };

export const toEsdbExpected = (expected: ExpectedRevision): AppendExpectedRevision =>
  typeof expected === 'number' ? BigInt(expected) : ({ no_stream: NO_STREAM, stream_exists: STREAM_EXISTS, any: ANY } as const)[expected];

const fromEsdbExpected = (expected: AppendExpectedRevision): ExpectedRevision =>
  typeof expected === 'bigint' ? Number(expected) : expected;

export const fromEsdbRevision = (revision: CurrentRevision): StreamRevision =>
  revision === NO_STREAM ? 'no_stream' : Number(revision);

/** EventStoreDB's own system streams and events (`$`-prefixed) and non-JSON events are not this store's. */
export const isForeign = (event: EsdbRecordedEvent): boolean =>
  !event.isJson || event.streamId.startsWith('$') || event.type.startsWith('$');

/**
 * Stream reads on servers before 22.6 carry no position; -1n says "unknown" there rather
 * than inventing one. `$all` reads always have it.
 */
export const fromEsdbEvent = (event: EsdbRecordedEvent): RecordedEvent => ({
  id: event.id,
  streamName: event.streamId,
  revision: Number(event.revision),
  position: event.position?.commit ?? -1n,
  type: event.type,
  data: event.data as JsonObject,
  metadata: (event.metadata ?? {}) as JsonObject,
  recordedAt: event.created.toISOString(),
});

/** Rethrows the client's WrongExpectedVersionError as ours; anything else unchanged. */
export function mapAppendError(error: unknown, streamName: string): never {
  if (error instanceof WrongExpectedVersionError) {
    const expected = fromEsdbExpected(error.expectedVersion);
    throw new WrongExpectedVersion(streamName, expected, fromEsdbRevision(error.actualVersion), { cause: error });
  }
  throw error;
}
