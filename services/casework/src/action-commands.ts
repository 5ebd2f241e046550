import type { CaseAction, CaseActionBody } from '@hotline/contracts';
import type { CaseCommand } from '@hotline/domain';

type Data<A extends CaseAction> = Omit<CaseActionBody<A>, 'expectedVersion' | 'occurredAt'>;
type Unsigned = { [C in CaseCommand as C['type']]: Pick<C, 'type' | 'data'> }[CaseCommand['type']];

/** Each HTTP action as the domain command it asks for (metadata is added by the route). */
export const ACTION_COMMANDS: { readonly [A in CaseAction]: (data: Data<A>) => Unsigned } = {
  accept: (data) => ({ type: 'AcceptComplaint', data }),
  reject: (data) => ({ type: 'RejectComplaint', data }),
  transfer: (data) => ({ type: 'TransferCase', data }),
  assign: (data) => ({ type: 'AssignCase', data }),
  'start-mediation': () => ({ type: 'StartMediation', data: {} }),
  'record-session': (data) => ({ type: 'RecordMediationSession', data }),
  suspend: (data) => ({ type: 'SuspendMediation', data }),
  resume: () => ({ type: 'ResumeMediation', data: {} }),
  'record-agreement': (data) => ({ type: 'RecordAgreement', data }),
  'fail-mediation': (data) => ({ type: 'FailMediation', data }),
  // The HTTP contract calls the termination ground `reason` (DESIGN.md); the domain calls it `ground`.
  terminate: ({ reason, note }) => ({ type: 'TerminateMediation', data: { ground: reason, ...(note !== undefined && { note }) } }),
  withdraw: (data) => ({ type: 'WithdrawComplaint', data }),
  verify: (data) => ({ type: 'VerifyReport', data }),
  'file-investigation': (data) => ({ type: 'FileInvestigation', data }),
  'decline-investigation': (data) => ({ type: 'DeclineInvestigation', data }),
  answer: (data) => ({ type: 'AnswerConsultation', data }),
  close: (data) => ({ type: 'CloseCase', data }),
  'follow-up': (data) => ({ type: 'RecordFollowUp', data }),
  reopen: (data) => ({ type: 'ReopenCase', data }),
  note: (data) => ({ type: 'AddNote', data }),
};

/**
 * Command fields the action's body calls by another name, so a refusal about one (say a
 * termination ground the case's rulebook does not list) names the field the client sent.
 */
export const BODY_FIELD_NAMES: { readonly [A in CaseAction]?: Readonly<Record<string, string>> } = {
  terminate: { ground: 'reason' },
};
