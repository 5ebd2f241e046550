import type { JsonObject, RecordedEvent, StreamRevision } from '../types';
import { toBigInt, toNumber, type Int8 } from './int8';

export interface EventRow {
  readonly event_id: string;
  readonly stream_name: string;
  readonly revision: Int8;
  readonly position: Int8;
  readonly type: string;
  readonly data: JsonObject;
  readonly metadata: JsonObject;
  /** ISO-8601 UTC, formatted by the server. */
  readonly recorded_at: string;
}

/** The adapter edge: int8 becomes bigint (positions) or number (revisions). */
export const toRecordedEvent = (row: EventRow): RecordedEvent => ({
  id: row.event_id,
  streamName: row.stream_name,
  revision: toNumber(row.revision),
  position: toBigInt(row.position),
  type: row.type,
  data: row.data,
  metadata: row.metadata,
  recordedAt: row.recorded_at,
});

/** SQL says -1 (or NULL) for a stream without events; the interface says 'no_stream'. */
export const toStreamRevision = (revision: Int8 | null): StreamRevision =>
  revision === null || toNumber(revision) < 0 ? 'no_stream' : toNumber(revision);

/** The one place that encodes an expected revision for the append statement. */
export const expectedCode = (expected: number | 'no_stream' | 'stream_exists' | 'any'): number =>
  typeof expected === 'number' ? expected : { no_stream: -1, stream_exists: -2, any: -3 }[expected];
