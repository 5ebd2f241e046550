import type { Role } from '../vocabulary';

/** Who issues a command: the person signed in, or the 12345 integration. */
export interface Actor {
  readonly id: string;
  readonly role: Role;
  readonly stationId?: string;
  readonly districtId?: string;
}

export interface CommandMetadata {
  readonly actor: Actor;
  /** The server clock when the command arrived (ISO instant). */
  readonly now: string;
  /**
   * Business time (ISO instant), e.g. when a migrated case was really received.
   * Defaults to `now`; never later than `now`, never before the case's previous event.
   */
  readonly occurredAt?: string;
  /** The citizen an operator files for, when the actor is not the complainant. */
  readonly onBehalfOf?: string;
}

/** A command of the case: imperative PascalCase `type`, its `data`, and who/when. */
export interface Command<Type extends string, Data extends object> {
  readonly type: Type;
  readonly data: Data;
  readonly metadata: CommandMetadata;
}

/** The data of a command that needs nothing besides who and when. */
export type NoData = Readonly<Record<never, never>>;
