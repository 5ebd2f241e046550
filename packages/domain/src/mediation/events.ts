import type { NoData } from '../case/command';
import type { Event } from '../case/event';
import type { LocalDate } from '../clocks/working-day-calendar';
import type { Fen } from '../money';
import type { TerminationGround } from '../rulebooks/rulebook';
import type { RecordMediationSession, SuspendMediation, WithdrawComplaint } from './commands';

export type MediationStarted = Event<'MediationStarted', NoData>;
export type MediationSessionRecorded = Event<'MediationSessionRecorded', RecordMediationSession['data']>;
export type MediationSuspended = Event<'MediationSuspended', SuspendMediation['data']>;
/** Resumption moves the mediation deadline by the units the clock stood still. */
export type MediationResumed = Event<'MediationResumed', { pausedUnits: number; mediateBy: LocalDate }>;
export type AgreementReached = Event<
  'AgreementReached',
  { refundFen: Fen; compensationFen: Fen; otherFen: Fen; recoveredFen: Fen; terms: string }
>;
/** Termination starts the clock to tell both parties (7 working days). */
export type MediationTerminated = Event<
  'MediationTerminated',
  { ground: TerminationGround; note?: string; notifyPartiesBy: LocalDate }
>;
export type ComplaintWithdrawn = Event<'ComplaintWithdrawn', WithdrawComplaint['data']>;

export type MediationEvent =
  | MediationStarted
  | MediationSessionRecorded
  | MediationSuspended
  | MediationResumed
  | AgreementReached
  | MediationTerminated
  | ComplaintWithdrawn;
