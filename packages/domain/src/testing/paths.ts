/** Command sequences that bring each kind of case to each status it can reach. */
import type { CaseCommand } from '../case/commands';
import type { CaseStatus } from '../case/state';
import type { CaseKind } from '../vocabulary';
import { command, complaintRegistration } from './case-spec';

const T0 = '2026-05-06T09:00:00+08:00';
/** Later steps happen the same morning, so every clock they start ends inside the calendar's data. */
const T1 = '2026-05-06T10:00:00+08:00';
const register = (kind: CaseKind) => complaintRegistration(T0, { kind });

/** A valid command of each type, dated now, for probing what a status allows. */
export const SAMPLE_COMMANDS: readonly CaseCommand[] = [
  command('AcceptComplaint', {}, T1),
  command('RejectComplaint', { ground: 'outside_remit' }, T1),
  command('TransferCase', { to: '洪山区市场监管局', reason: '经营地在洪山区' }, T1),
  command('AssignCase', { assigneeId: 'med-2' }, T1),
  command('StartMediation', {}, T1),
  command('RecordMediationSession', { mode: 'phone', note: '电话联系双方' }, T1),
  command('SuspendMediation', { reason: 'testing_or_appraisal' }, T1),
  command('ResumeMediation', {}, T1),
  command('RecordAgreement', { refundFen: 100, compensationFen: 0, terms: '退款' }, T1),
  command('FailMediation', { reason: '双方分歧较大' }, T1),
  command('TerminateMediation', { ground: 'party_absent_or_refused' }, T1),
  command('WithdrawComplaint', {}, T1),
  command('VerifyReport', { finding: '情况属实' }, T1),
  command('FileInvestigation', {}, T1),
  command('DeclineInvestigation', { reason: '违法事实不成立' }, T1),
  command('AnswerConsultation', { answer: '可依法申请退货' }, T1),
  command('CloseCase', {}, T1),
  command('RecordFollowUp', { satisfaction: 'satisfied' }, T1),
  command('ReopenCase', { reason: '12345回访不满意' }, T1),
  command('AddNote', { text: '已电话告知' }, T1),
];

const sample = (type: CaseCommand['type']) => SAMPLE_COMMANDS.find((c) => c.type === type) as CaseCommand;
const steps = (...types: CaseCommand['type'][]) => types.map(sample);

export const PATHS: readonly { kind: CaseKind; status: CaseStatus; commands: readonly CaseCommand[] }[] = [
  { kind: 'complaint', status: 'registered', commands: [register('complaint')] },
  { kind: 'complaint', status: 'accepted', commands: [register('complaint'), ...steps('AcceptComplaint')] },
  { kind: 'complaint', status: 'not_accepted', commands: [register('complaint'), ...steps('RejectComplaint')] },
  { kind: 'complaint', status: 'transferred', commands: [register('complaint'), ...steps('TransferCase')] },
  { kind: 'complaint', status: 'withdrawn', commands: [register('complaint'), ...steps('WithdrawComplaint')] },
  { kind: 'complaint', status: 'assigned', commands: [register('complaint'), ...steps('AcceptComplaint', 'AssignCase')] },
  {
    kind: 'complaint',
    status: 'mediating',
    commands: [register('complaint'), ...steps('AcceptComplaint', 'AssignCase', 'StartMediation')],
  },
  {
    kind: 'complaint',
    status: 'suspended',
    commands: [register('complaint'), ...steps('AcceptComplaint', 'AssignCase', 'StartMediation', 'SuspendMediation')],
  },
  {
    kind: 'complaint',
    status: 'agreed',
    commands: [register('complaint'), ...steps('AcceptComplaint', 'AssignCase', 'StartMediation', 'RecordAgreement')],
  },
  {
    kind: 'complaint',
    status: 'mediation_terminated',
    commands: [register('complaint'), ...steps('AcceptComplaint', 'AssignCase', 'StartMediation', 'FailMediation')],
  },
  {
    kind: 'complaint',
    status: 'closed',
    commands: [
      register('complaint'),
      ...steps('AcceptComplaint', 'AssignCase', 'StartMediation', 'RecordAgreement', 'CloseCase'),
    ],
  },
  { kind: 'report', status: 'registered', commands: [register('report')] },
  { kind: 'report', status: 'transferred', commands: [register('report'), ...steps('TransferCase')] },
  { kind: 'report', status: 'verified', commands: [register('report'), ...steps('VerifyReport')] },
  { kind: 'report', status: 'filed', commands: [register('report'), ...steps('VerifyReport', 'FileInvestigation')] },
  { kind: 'report', status: 'not_filed', commands: [register('report'), ...steps('VerifyReport', 'DeclineInvestigation')] },
  {
    kind: 'report',
    status: 'closed',
    commands: [register('report'), ...steps('VerifyReport', 'FileInvestigation', 'CloseCase')],
  },
  { kind: 'consultation', status: 'registered', commands: [register('consultation')] },
  { kind: 'consultation', status: 'answered', commands: [register('consultation'), ...steps('AnswerConsultation')] },
  {
    kind: 'consultation',
    status: 'closed',
    commands: [register('consultation'), ...steps('AnswerConsultation', 'CloseCase')],
  },
];
