export type {
  AppendOptions,
  AppendResult,
  EventStore,
  ExpectedRevision,
  JsonObject,
  JsonPrimitive,
  JsonValue,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  StreamRevision,
  SubscribeToAllOptions,
  Subscription,
} from './types';
export { DEFAULT_READ_ALL_MAX_COUNT } from './types';
export {
  EventStoreError,
  IdempotencyConflict,
  InvalidAppend,
  InvalidOption,
  InvalidRead,
  WrongExpectedVersion,
  isEventStoreError,
  type EventStoreErrorCode,
} from './errors';
export { MAX_EVENT_BYTES, MAX_EVENTS_PER_APPEND, MAX_NAME_LENGTH } from './limits';
export { createPostgresEventStore, type PostgresEventStoreOptions } from './postgres';
export { createPgliteEventStore, type PgliteEventStoreOptions } from './pglite';
export { createEsdbEventStore, type EsdbEventStoreOptions } from './esdb';
