import { describe, expect, it } from 'vitest';
import { command, complaintRegistration, given } from '../testing/case-spec';

const agreed = [
  complaintRegistration('2026-07-30T10:00:00+08:00', {
    channel: 'transfer_12345',
    workOrder: { workOrderNo: 'WH-2026-0001', replyBy: '2026-08-06T10:00:00.000Z' },
  }),
  command('AcceptComplaint', {}, '2026-08-03T09:00:00+08:00'),
  command('AssignCase', { assigneeId: 'med-1' }, '2026-08-03T10:00:00+08:00'),
  command('StartMediation', {}, '2026-08-04T09:00:00+08:00'),
  command('RecordAgreement', { refundFen: 129_900, compensationFen: 50_000, terms: '退款赔偿' }, '2026-08-10T09:00:00+08:00'),
];
const closed = [...agreed, command('CloseCase', { summary: '调解成功' }, '2026-08-11T09:00:00+08:00')];

describe('closing, following up and reopening', () => {
  it('given an agreement, when closed, then the case is closed with its summary', () => {
    const state = given(...agreed).when(command('CloseCase', { summary: '调解成功' }, '2026-08-11T09:00:00+08:00')).thenState();
    expect(state).toMatchObject({ status: 'closed', closure: { summary: '调解成功', at: '2026-08-11T01:00:00.000Z' } });
  });

  it('given a closed case, when the complainant is satisfied at the follow-up call, then the satisfaction is recorded once', () => {
    const followUp = command('RecordFollowUp', { satisfaction: 'satisfied', note: '对处理结果满意' }, '2026-08-12T09:00:00+08:00');
    expect(given(...closed).when(followUp).thenState().followUp).toMatchObject({ satisfaction: 'satisfied' });
    given(...closed, followUp)
      .when(command('RecordFollowUp', { satisfaction: 'dissatisfied' }))
      .thenError('case/illegal-transition', { command: 'RecordFollowUp', status: 'closed' });
  });

  it('given a closed complaint, when reopened on Mon 2026-08-17, then it goes back to its mediator with a new 60-day clock', () => {
    const state = given(...closed, command('RecordFollowUp', { satisfaction: 'dissatisfied' }, '2026-08-12T09:00:00+08:00'))
      .when(command('ReopenCase', { reason: '12345回访不满意，退回重办' }, '2026-08-17T09:00:00+08:00'))
      .thenState();
    // 17 Aug + 60 days = Fri 16 Oct 2026.
    expect(state).toMatchObject({
      status: 'assigned',
      assigneeId: 'med-1',
      reopenings: 1,
      deadlines: { mediateBy: '2026-10-16', replyBy: '2026-08-06T10:00:00.000Z' },
      mediation: { clockStartedOn: '2026-08-17', sessions: [], pausedUnits: 0 },
    });
    expect(state.closure).toBeUndefined();
    expect(state.followUp).toBeUndefined();
    expect(state.agreement).toBeUndefined();
  });

  it('given a reopened and again closed case, then a new follow-up is taken', () => {
    given(
      ...closed,
      command('RecordFollowUp', { satisfaction: 'dissatisfied' }, '2026-08-12T09:00:00+08:00'),
      command('ReopenCase', { reason: '重办' }, '2026-08-17T09:00:00+08:00'),
      command('StartMediation', {}, '2026-08-18T09:00:00+08:00'),
      command('RecordAgreement', { refundFen: 0, compensationFen: 20_000, terms: '补偿' }, '2026-08-19T09:00:00+08:00'),
      command('CloseCase', {}, '2026-08-20T09:00:00+08:00'),
    )
      .when(command('RecordFollowUp', { satisfaction: 'basically_satisfied' }))
      .thenEvents([{ type: 'FollowUpRecorded', data: { satisfaction: 'basically_satisfied' } }]);
  });

  it('given a complaint withdrawn before acceptance and closed, when reopened, then the acceptance decision is owed again', () => {
    const state = given(
      complaintRegistration('2026-08-03T09:00:00+08:00'),
      command('WithdrawComplaint', {}, '2026-08-03T10:00:00+08:00'),
      command('CloseCase', {}, '2026-08-03T11:00:00+08:00'),
    )
      .when(command('ReopenCase', { reason: '投诉人要求继续处理' }, '2026-08-04T09:00:00+08:00'))
      .thenState();
    // Tue 4 Aug + 7 working days = Thu 13 Aug 2026.
    expect(state).toMatchObject({ status: 'registered', deadlines: { acceptBy: '2026-08-13' } });
    expect(state.withdrawal).toBeUndefined();
  });

  it('given a closed report, when reopened, then it is verified again within 15 working days', () => {
    const state = given(
      complaintRegistration('2026-05-11T09:00:00+08:00', { kind: 'report' }),
      command('VerifyReport', { finding: '属实' }, '2026-05-12T09:00:00+08:00'),
      command('DeclineInvestigation', { reason: '情节轻微' }, '2026-05-13T09:00:00+08:00'),
      command('CloseCase', {}, '2026-05-14T09:00:00+08:00'),
    )
      .when(command('ReopenCase', { reason: '举报人补充新证据' }, '2026-05-18T09:00:00+08:00'))
      .thenState();
    // Mon 18 May + 15 working days = Mon 8 Jun 2026.
    expect(state).toMatchObject({ status: 'registered', deadlines: { verifyBy: '2026-06-08' } });
    expect(state.verification).toBeUndefined();
    expect(state.investigation).toBeUndefined();
  });

  it('given a closed case, when a note is added, then it is kept and the case stays closed', () => {
    const state = given(...closed).when(command('AddNote', { text: '归档' })).thenState();
    expect(state.status).toBe('closed');
    expect(state.notes).toEqual([{ text: '归档', at: expect.any(String) }]);
  });
});
