export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/**
 * Revisions are 0-based like EventStoreDB: the first event of a stream is revision 0.
 * A stream with no events has no revision: `'no_stream'` (EventStoreDB's -1).
 */
export type StreamRevision = number | 'no_stream';

/**
 * What the writer believes about the stream: the revision of the last event it saw,
 * `'no_stream'` (must be new), `'stream_exists'` (must have events) or `'any'` (no check).
 */
export type ExpectedRevision = number | 'no_stream' | 'stream_exists' | 'any';

export interface NewEvent {
  /** A UUID; retrying an append with the same ids is idempotent. */
  readonly id: string;
  readonly type: string;
  readonly data: JsonObject;
  /** Opaque to the store: actor, role, station, correlation and causation ids, command, occurredAt. */
  readonly metadata?: JsonObject;
}

export interface RecordedEvent {
  readonly id: string;
  readonly streamName: string;
  readonly revision: number;
  /**
   * Global position: grows in the order subscribers see events. Sparse: never assume
   * consecutive values. Serialise as a string in JSON.
   */
  readonly position: bigint;
  readonly type: string;
  readonly data: JsonObject;
  /** `{}` when the event was appended without metadata. */
  readonly metadata: JsonObject;
  /** ISO-8601 UTC, from the store's clock. */
  readonly recordedAt: string;
}

export interface AppendOptions {
  readonly expectedRevision: ExpectedRevision;
}

export interface AppendResult {
  /** Revision of the last event now in the stream: pass it as the next `expectedRevision`. */
  readonly nextExpectedRevision: number;
  /** Global position of the last appended event. */
  readonly position: bigint;
}

export interface ReadStreamOptions {
  /** First revision to return (inclusive). Default: 0 forwards, the last event backwards. */
  readonly fromRevision?: number;
  readonly direction?: 'forwards' | 'backwards';
  /** Default: the whole stream. */
  readonly maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive: a checkpoint is the position of the last event processed. Default: the start. */
  readonly fromPosition?: bigint;
  /** Default {@link DEFAULT_READ_ALL_MAX_COUNT}: `readAll` returns one page. */
  readonly maxCount?: number;
}

export const DEFAULT_READ_ALL_MAX_COUNT = 1000;

export interface SubscribeToAllOptions {
  /** Exclusive, like {@link ReadAllOptions.fromPosition}. Default: the start. */
  readonly fromPosition?: bigint;
  readonly filter?: { readonly streamNamePrefix: string };
}

/** Catches up from `fromPosition`, then stays live; iterate with `for await`. */
export type Subscription = AsyncIterable<RecordedEvent> & { close(): Promise<void> };

export interface EventStore {
  /**
   * Appends atomically, or writes nothing.
   * @throws WrongExpectedVersion, IdempotencyConflict, InvalidAppend
   * @example
   * const { nextExpectedRevision } = await store.appendToStream(
   *   `case-${caseId}`, [{ id: randomUUID(), type: 'CaseRegistered', data, metadata }],
   *   { expectedRevision: 'no_stream' });
   */
  appendToStream(streamName: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult>;
  /**
   * A missing stream reads as `[]`. As of revision r (time travel) without reading past it:
   * `readStream(name, { fromRevision: 0, maxCount: r + 1 })`.
   */
  readStream(streamName: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** One page of every stream's events in global order. */
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  subscribeToAll(options?: SubscribeToAllOptions): Subscription;
  streamRevision(streamName: string): Promise<StreamRevision>;
  close(): Promise<void>;
}
