import type { Command, NoData } from '../case/command';
import type { Fen } from '../money';
import type { SuspensionReason, TerminationGround } from '../rulebooks/rulebook';
import type { SessionMode } from '../vocabulary';

export type StartMediation = Command<'StartMediation', NoData>;
export type RecordMediationSession = Command<'RecordMediationSession', { mode: SessionMode; note: string }>;
/** Appraisal/testing (art. 22) or a recusal request (art. 21) stops the mediation clock. */
export type SuspendMediation = Command<'SuspendMediation', { reason: SuspensionReason; note?: string }>;
export type ResumeMediation = Command<'ResumeMediation', NoData>;
/** 调解成功: the amounts agreed, in fen; punitive compensation may exceed the claim. */
export type RecordAgreement = Command<
  'RecordAgreement',
  { refundFen: Fen; compensationFen: Fen; otherFen?: Fen; terms: string }
>;
/** Termination with the ground `no_agreement_possible`. */
export type FailMediation = Command<'FailMediation', { reason: string }>;
/** 终止调解 with a ground from the case's rulebook. */
export type TerminateMediation = Command<'TerminateMediation', { ground: TerminationGround; note?: string }>;
/** The complainant withdraws: before mediation it ends the case, during it it terminates mediation. */
export type WithdrawComplaint = Command<'WithdrawComplaint', { note?: string }>;

export type MediationCommand =
  | StartMediation
  | RecordMediationSession
  | SuspendMediation
  | ResumeMediation
  | RecordAgreement
  | FailMediation
  | TerminateMediation
  | WithdrawComplaint;
