import { replay, type CaseState } from '@hotline/domain';
import type { EventStore, RecordedEvent } from '@hotline/event-store';
import { toCaseEvent } from './handle-command';
import type { CaseEventMetadata } from './metadata';
import { caseStreamName, versionOf } from './stream';

/** One event of a case's history as the auditor sees it. */
export interface HistoryEntry {
  readonly version: number;
  /** The global position, a bigint, as a string. */
  readonly position: string;
  readonly type: string;
  readonly data: RecordedEvent['data'];
  readonly actor: CaseEventMetadata['actor'];
  readonly onBehalfOf?: string;
  readonly command: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly correlationId: string;
}

export function toHistoryEntry(event: RecordedEvent): HistoryEntry {
  const metadata = event.metadata as unknown as CaseEventMetadata;
  return {
    version: versionOf(event.revision),
    position: event.position.toString(),
    type: event.type,
    data: event.data,
    actor: metadata.actor,
    ...(metadata.onBehalfOf && { onBehalfOf: metadata.onBehalfOf }),
    command: metadata.command,
    occurredAt: metadata.occurredAt,
    recordedAt: event.recordedAt,
    correlationId: metadata.correlationId,
  };
}

/** A case's stream, read whole; empty for a case that does not exist. */
export const readCase = (store: EventStore, caseId: string) => store.readStream(caseStreamName(caseId));

/** A moment of a case's life that did not happen: before it was registered, or after its last event. */
export class NoSuchMoment extends Error {
  override readonly name = 'NoSuchMoment';
  readonly code = 'case/no-such-moment';
}

/**
 * The case as it stood at a version (reading no event past it) or at a business time (every
 * event whose `occurredAt` is not later). Rebuilt from the stream, never from a read model.
 */
export async function caseAt(
  store: EventStore,
  caseId: string,
  at: { kind: 'version'; version: number } | { kind: 'instant'; instant: string },
): Promise<{ state: CaseState; version: number }> {
  const stream = caseStreamName(caseId);
  const events =
    at.kind === 'version'
      ? await store.readStream(stream, { maxCount: at.version })
      : (await store.readStream(stream)).filter((e) => Date.parse(String(e.data.occurredAt)) <= Date.parse(at.instant));
  if (at.kind === 'version' && events.length < at.version) {
    throw new NoSuchMoment(`case ${caseId} has ${events.length} events; there is no version ${at.version}`);
  }
  if (events.length === 0) throw new NoSuchMoment(`case ${caseId} was not registered at ${at.kind === 'instant' ? at.instant : 'version 0'}`);
  return { state: replay(events.map(toCaseEvent)), version: events.length };
}
