import type { ExpectedRevision, StreamRevision } from './types';

export type EventStoreErrorCode =
  | 'store/wrong-expected-version'
  | 'store/idempotency-conflict'
  | 'store/invalid-append'
  | 'store/invalid-read'
  | 'store/invalid-option';

/** Base of every error the store throws on purpose; `code` is stable, `message` is for people. */
export abstract class EventStoreError extends Error {
  abstract readonly code: EventStoreErrorCode;
}

export class WrongExpectedVersion extends EventStoreError {
  override readonly name = 'WrongExpectedVersion';
  readonly code = 'store/wrong-expected-version';

  constructor(
    readonly streamName: string,
    readonly expected: ExpectedRevision,
    readonly actual: StreamRevision,
    options?: ErrorOptions,
  ) {
    super(`${streamName}: expected revision ${expected}, actual ${actual}`, options);
  }
}

/**
 * Some, not all, of an append's event ids are already in the stream (or in another order):
 * neither a fresh append nor a retry, so nothing is written.
 */
export class IdempotencyConflict extends EventStoreError {
  override readonly name = 'IdempotencyConflict';
  readonly code = 'store/idempotency-conflict';

  constructor(
    readonly streamName: string,
    readonly storedIds: readonly string[],
  ) {
    super(`${streamName}: events ${storedIds.join(', ')} are already stored but the append is not a retry of them`);
  }
}

export class InvalidAppend extends EventStoreError {
  override readonly name = 'InvalidAppend';
  readonly code = 'store/invalid-append';
}

export class InvalidRead extends EventStoreError {
  override readonly name = 'InvalidRead';
  readonly code = 'store/invalid-read';
}

export class InvalidOption extends EventStoreError {
  override readonly name = 'InvalidOption';
  readonly code = 'store/invalid-option';
}

export const isEventStoreError = (value: unknown): value is EventStoreError => value instanceof EventStoreError;
