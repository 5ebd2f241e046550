import type { CaseKind } from '../vocabulary';
import type { CaseCommandType } from './commands';
import { CASE_STATUSES, type CaseStatus } from './state';

type Allowed = Partial<Record<CaseKind, readonly CaseStatus[]>>;

const IN_HANDLING: readonly CaseStatus[] = ['accepted', 'assigned', 'mediating', 'suspended'];
const ANY: readonly CaseStatus[] = CASE_STATUSES;

/**
 * Which command each kind of case takes in which status: the lifecycle of DESIGN.md as
 * data. A command absent for a kind (e.g. mediation of a report) is never allowed.
 */
export const TRANSITIONS: Readonly<Record<Exclude<CaseCommandType, 'RegisterCase'>, Allowed>> = {
  AcceptComplaint: { complaint: ['registered'] },
  RejectComplaint: { complaint: ['registered'] },
  TransferCase: { complaint: ['registered'], report: ['registered'] },
  AssignCase: { complaint: IN_HANDLING, report: ['registered', 'verified'] },
  StartMediation: { complaint: ['assigned'] },
  RecordMediationSession: { complaint: ['mediating'] },
  SuspendMediation: { complaint: ['mediating'] },
  ResumeMediation: { complaint: ['suspended'] },
  RecordAgreement: { complaint: ['mediating'] },
  FailMediation: { complaint: ['mediating'] },
  TerminateMediation: { complaint: ['mediating', 'suspended'] },
  WithdrawComplaint: { complaint: ['registered', ...IN_HANDLING] },
  VerifyReport: { report: ['registered'] },
  FileInvestigation: { report: ['verified'] },
  DeclineInvestigation: { report: ['verified'] },
  AnswerConsultation: { consultation: ['registered'] },
  CloseCase: {
    complaint: ['agreed', 'mediation_terminated', 'withdrawn'],
    report: ['filed', 'not_filed'],
    consultation: ['answered'],
  },
  RecordFollowUp: { complaint: ['closed'], report: ['closed'], consultation: ['closed'] },
  ReopenCase: { complaint: ['closed'], report: ['closed'], consultation: ['closed'] },
  AddNote: { complaint: ANY, report: ANY, consultation: ANY },
};

export function isAllowed(command: Exclude<CaseCommandType, 'RegisterCase'>, kind: CaseKind, status: CaseStatus): boolean {
  return TRANSITIONS[command][kind]?.includes(status) ?? false;
}
