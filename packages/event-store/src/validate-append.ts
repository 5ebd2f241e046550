import { InvalidAppend } from './errors';
import { toJsonText } from './json-text';
import { MAX_EVENT_BYTES, MAX_EVENTS_PER_APPEND, MAX_NAME_LENGTH, streamNameProblem } from './limits';
import type { ExpectedRevision, JsonObject, NewEvent } from './types';

/** An event that passed validation, with its JSON text ready for a SQL parameter. */
export interface CheckedEvent {
  readonly id: string;
  readonly type: string;
  readonly data: JsonObject;
  readonly metadata: JsonObject;
  readonly dataText: string;
  readonly metadataText: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KEYWORDS: readonly unknown[] = ['no_stream', 'stream_exists', 'any'];

/** Checks everything before any I/O, so a bad append never writes. @throws InvalidAppend */
export function validateAppend(streamName: string, events: readonly NewEvent[], expected: ExpectedRevision): CheckedEvent[] {
  const nameProblem = streamNameProblem(streamName);
  if (nameProblem) throw new InvalidAppend(nameProblem);
  if (!KEYWORDS.includes(expected) && !(Number.isSafeInteger(expected) && (expected as number) >= 0)) {
    throw new InvalidAppend(`expectedRevision must be a revision (integer >= 0), 'no_stream', 'stream_exists' or 'any', not ${String(expected)}`);
  }
  if (!Array.isArray(events) || events.length === 0) throw new InvalidAppend('an append needs at least one event');
  if (events.length > MAX_EVENTS_PER_APPEND) throw new InvalidAppend(`at most ${MAX_EVENTS_PER_APPEND} events per append`);
  const checked = events.map(checkEvent);
  const ids = new Set(checked.map((e) => e.id));
  if (ids.size !== checked.length) throw new InvalidAppend('the same event id appears twice in one append');
  return checked;
}

function checkEvent(event: NewEvent, index: number): CheckedEvent {
  const fail = (problem: string) => new InvalidAppend(`event ${index}: ${problem}`);
  if (typeof event !== 'object' || event === null) throw fail('is not an object');
  if (typeof event.id !== 'string' || !UUID.test(event.id)) throw fail('id must be a UUID');
  if (typeof event.type !== 'string' || event.type.length === 0 || event.type.length > MAX_NAME_LENGTH) {
    throw fail(`type must be a string of 1 to ${MAX_NAME_LENGTH} characters`);
  }
  if (event.type.startsWith('$')) throw fail('types starting with $ are reserved');
  const dataText = objectText(event.data, 'data', fail);
  const metadataText = event.metadata === undefined ? '{}' : objectText(event.metadata, 'metadata', fail);
  const bytes = Buffer.byteLength(dataText) + Buffer.byteLength(metadataText);
  if (bytes > MAX_EVENT_BYTES) throw fail(`data and metadata are ${bytes} bytes, more than ${MAX_EVENT_BYTES}`);
  return {
    id: event.id.toLowerCase(),
    type: event.type,
    data: event.data,
    metadata: event.metadata ?? {},
    dataText,
    metadataText,
  };
}

function objectText(value: unknown, what: string, fail: (problem: string) => InvalidAppend): string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw fail(`${what} must be a JSON object`);
  const result = toJsonText(value);
  if ('problem' in result) throw fail(`${what} is not JSON: ${result.problem.replace('$', what)}`);
  return result.text;
}
