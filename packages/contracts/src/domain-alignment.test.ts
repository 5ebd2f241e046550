import type {
  AcceptComplaint,
  AddNote,
  AnswerConsultation,
  AssignCase,
  CloseCase,
  DeclineInvestigation,
  FailMediation,
  FileInvestigation,
  RecordAgreement,
  RecordFollowUp,
  RecordMediationSession,
  RegisterCase,
  RejectComplaint,
  ReopenCase,
  SuspendMediation,
  TerminateMediation,
  TransferCase,
  VerifyReport,
  WithdrawComplaint,
} from '@hotline/domain';
import { describe, expectTypeOf, it } from 'vitest';
import type { CaseAction, CaseActionBody } from './cases/actions';
import type { RegisterCaseBody } from './cases/register';

// Compile-time checks (tsc runs over tests): a parsed body, less the envelope fields that travel
// as command metadata, fits the domain command's data. A drift on either side fails the typecheck.
type Data<A extends CaseAction> = Omit<CaseActionBody<A>, 'expectedVersion' | 'occurredAt'>;

describe('contracts fit the domain commands', () => {
  it('register: the body plus the ids the intake service assigns', () => {
    expectTypeOf<Omit<RegisterCaseBody, 'occurredAt' | 'onBehalfOf'> & { caseId: string; caseNo: string }>().toExtend<
      RegisterCase['data']
    >();
  });

  it('actions', () => {
    expectTypeOf<Data<'accept'>>().toExtend<AcceptComplaint['data']>();
    expectTypeOf<Data<'reject'>>().toExtend<RejectComplaint['data']>();
    expectTypeOf<Data<'transfer'>>().toExtend<TransferCase['data']>();
    expectTypeOf<Data<'assign'>>().toExtend<AssignCase['data']>();
    expectTypeOf<Data<'record-session'>>().toExtend<RecordMediationSession['data']>();
    expectTypeOf<Data<'suspend'>>().toExtend<SuspendMediation['data']>();
    expectTypeOf<Data<'record-agreement'>>().toExtend<RecordAgreement['data']>();
    expectTypeOf<Data<'fail-mediation'>>().toExtend<FailMediation['data']>();
    expectTypeOf<Data<'withdraw'>>().toExtend<WithdrawComplaint['data']>();
    expectTypeOf<Data<'verify'>>().toExtend<VerifyReport['data']>();
    expectTypeOf<Data<'file-investigation'>>().toExtend<FileInvestigation['data']>();
    expectTypeOf<Data<'decline-investigation'>>().toExtend<DeclineInvestigation['data']>();
    expectTypeOf<Data<'answer'>>().toExtend<AnswerConsultation['data']>();
    expectTypeOf<Data<'close'>>().toExtend<CloseCase['data']>();
    expectTypeOf<Data<'follow-up'>>().toExtend<RecordFollowUp['data']>();
    expectTypeOf<Data<'reopen'>>().toExtend<ReopenCase['data']>();
    expectTypeOf<Data<'note'>>().toExtend<AddNote['data']>();
  });

  it('terminate: the HTTP body names the ground `reason` (DESIGN.md); the command calls it `ground`', () => {
    type Mapped = { ground: Data<'terminate'>['reason']; note?: Data<'terminate'>['note'] };
    expectTypeOf<Mapped>().toExtend<TerminateMediation['data']>();
  });
});
