import { CaseError, isRegistered, replay, type CaseCommand, type CaseDecider, type CaseEvent, type CaseState } from '@hotline/domain';
import { WrongExpectedVersion, type EventStore, type JsonObject, type RecordedEvent } from '@hotline/event-store';
import { CaseVersionConflict } from './errors';
import { eventIdsFor } from './event-ids';
import { eventHash, lastHashOf } from './hash-chain';
import { toJson, type RequestContext } from './metadata';
import { withPersonalDataSealed, type PersonalDataSealer } from './personal-data';
import { caseStreamName, expectedRevisionOf, versionOf } from './stream';

export interface HandledCommand {
  /** The case's version after the command. */
  readonly version: number;
  readonly events: readonly CaseEvent[];
  /** Global position of the last event: what a screen waits for before it reads projections. */
  readonly position: bigint;
  /** True when this was a retry of a request already stored: nothing new was written. */
  readonly retried: boolean;
}

export const toCaseEvent = (recorded: RecordedEvent): CaseEvent => ({ type: recorded.type, data: recorded.data }) as CaseEvent;

/**
 * Handles one command against a case's stream: read, decide, append at the expected version.
 * A stale version is a {@link CaseVersionConflict}; a refusal is the domain's `CaseError`;
 * neither writes anything. A retry of a stored request answers as the first time did.
 */
export async function handleCaseCommand(
  deps: { store: EventStore; decider: CaseDecider; personalData?: PersonalDataSealer },
  caseId: string,
  command: CaseCommand,
  expectedVersion: number,
  request: RequestContext,
  /** Throws when the actor may not touch this case (wrong station, say); runs before deciding. */
  authorize: (state: CaseState) => void = () => undefined,
): Promise<HandledCommand> {
  const stream = caseStreamName(caseId);
  const idParts = { caseId, expectedVersion, command: command.type, actorId: command.metadata.actor.id, retryKey: request.retryKey };
  const recorded = await deps.store.readStream(stream);
  const state: CaseState = replay(recorded.map(toCaseEvent));
  authorize(state);
  const earlier = storedRetry(recorded, idParts);
  if (earlier) return earlier;
  // A case that does not exist is unknown (404) at any version, not a conflict with one it never had.
  if (!isRegistered(state) && command.type !== 'RegisterCase') throw new CaseError('case/not-registered', `there is no case ${caseId}`);
  if (recorded.length !== expectedVersion) throw new CaseVersionConflict(caseId, expectedVersion, recorded.length);

  const decided = deps.decider.decide(command, state);
  if (decided instanceof CaseError) throw decided;

  const ids = eventIdsFor(idParts, decided.length);
  const metadata = (event: CaseEvent): JsonObject =>
    toJson({
      actor: command.metadata.actor,
      ...(command.metadata.onBehalfOf && { onBehalfOf: command.metadata.onBehalfOf }),
      correlationId: request.correlationId,
      ...(request.causationId && { causationId: request.causationId }),
      command: command.type,
      occurredAt: event.data.occurredAt,
      ...(request.clientIpHash && { clientIpHash: request.clientIpHash }),
    });
  // Each event links on to the one before it (tamper evidence, see hash-chain.ts). The data goes
  // through JSON first so that what is hashed is exactly what the store keeps and gives back.
  let previousHash = lastHashOf(recorded);
  const data = await Promise.all(decided.map((event) => withPersonalDataSealed(deps.personalData, asStored(event.data))));
  const toStore = decided.map((event, i) => {
    const content = { id: ids[i] as string, revision: recorded.length + i, type: event.type, data: data[i] as JsonObject, metadata: metadata(event) };
    previousHash = eventHash(previousHash, content);
    return { id: content.id, type: content.type, data: content.data, metadata: { ...content.metadata, hash: previousHash } };
  });
  try {
    const appended = await deps.store.appendToStream(stream, toStore, { expectedRevision: expectedRevisionOf(expectedVersion) });
    return { version: versionOf(appended.nextExpectedRevision), events: decided, position: appended.position, retried: false };
  } catch (error) {
    if (!(error instanceof WrongExpectedVersion)) throw error;
    // Someone wrote first: our own earlier attempt (a retry that raced itself), or another person.
    const now = await deps.store.readStream(stream);
    const raced = storedRetry(now, idParts);
    if (raced) return raced;
    throw new CaseVersionConflict(caseId, expectedVersion, now.length);
  }
}

const asStored = (data: object): JsonObject => JSON.parse(JSON.stringify(data)) as JsonObject;

/** The answer of an earlier attempt of this very request, if its events are in the stream. */
function storedRetry(recorded: readonly RecordedEvent[], idParts: Parameters<typeof eventIdsFor>[0]): HandledCommand | undefined {
  // The events the request wrote start right at the version it named, with the ids it derives.
  const after = recorded.slice(idParts.expectedVersion);
  const ids = eventIdsFor(idParts, after.length);
  const count = after.findIndex((event, i) => event.id !== ids[i]);
  const stored = after.slice(0, count === -1 ? after.length : count);
  const last = stored.at(-1);
  if (!last) return undefined;
  return { version: versionOf(last.revision), events: stored.map(toCaseEvent), position: last.position, retried: true };
}
