/** Serialised data + metadata of one event, in UTF-8 bytes. */
export const MAX_EVENT_BYTES = 1024 * 1024;
/** Per append. The SQL position layout leaves 16 bits for an event's index in its transaction. */
export const MAX_EVENTS_PER_APPEND = 10_000;
export const MAX_NAME_LENGTH = 200;

/** Why a stream name is unusable, or undefined. `$` is reserved for EventStoreDB's system streams. */
export function streamNameProblem(streamName: unknown): string | undefined {
  if (typeof streamName !== 'string' || streamName.length === 0) return 'stream name must be a non-empty string';
  if (streamName.length > MAX_NAME_LENGTH) return `stream name is longer than ${MAX_NAME_LENGTH} characters`;
  if (streamName.startsWith('$')) return 'stream names starting with $ are reserved';
  return undefined;
}
