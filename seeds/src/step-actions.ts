import type { CaseAction } from '@hotline/contracts';
import type { StepCommand } from './case-script';

/** The HTTP action (`POST /api/v1/cases/:caseId/<action>`) each step's command answers to. */
export const ACTION_OF: Readonly<Record<StepCommand['type'], CaseAction>> = {
  AcceptComplaint: 'accept',
  RejectComplaint: 'reject',
  TransferCase: 'transfer',
  AssignCase: 'assign',
  StartMediation: 'start-mediation',
  RecordMediationSession: 'record-session',
  SuspendMediation: 'suspend',
  ResumeMediation: 'resume',
  RecordAgreement: 'record-agreement',
  FailMediation: 'fail-mediation',
  TerminateMediation: 'terminate',
  WithdrawComplaint: 'withdraw',
  VerifyReport: 'verify',
  FileInvestigation: 'file-investigation',
  DeclineInvestigation: 'decline-investigation',
  AnswerConsultation: 'answer',
  CloseCase: 'close',
  RecordFollowUp: 'follow-up',
  ReopenCase: 'reopen',
  AddNote: 'note',
};

/** A step as the body a client would send for it: casework's ACTION_COMMANDS backwards. */
export function actionBodyOf(command: StepCommand): Record<string, unknown> {
  if (command.type === 'TerminateMediation') {
    const { ground, ...rest } = command.data;
    return { reason: ground, ...rest };
  }
  return { ...command.data };
}
