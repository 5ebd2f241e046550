import type { Actor } from '@hotline/domain';
import type { JsonObject } from '@hotline/event-store';

/** What every stored case event records besides its data: who, on whose behalf, why, when. */
export interface CaseEventMetadata {
  readonly actor: Actor;
  /** The citizen an operator filed for. */
  readonly onBehalfOf?: string;
  readonly correlationId: string;
  /** The event or message that caused this command, when not a person's request. */
  readonly causationId?: string;
  readonly command: string;
  /** Business time; the store adds `recordedAt` from its own clock. */
  readonly occurredAt: string;
  /** A keyed hash of the client's IP: enough to spot abuse, not enough to identify. */
  readonly clientIpHash?: string;
  /** The event's link in its stream's hash chain (hash-chain.ts), added when it is appended. */
  readonly hash?: string;
}

/** The request around a command, as the service knows it. */
export interface RequestContext {
  readonly correlationId: string;
  readonly causationId?: string;
  readonly clientIpHash?: string;
  /**
   * Identifies this request across retries: the Idempotency-Key, or a hash of the body. A retry
   * with the same key at the same version returns the first answer instead of a conflict.
   */
  readonly retryKey: string;
}

export const toJson = (metadata: CaseEventMetadata): JsonObject => JSON.parse(JSON.stringify(metadata)) as JsonObject;
