import { describe, expect, it } from 'vitest';
import { command, complaintRegistration, given } from '../testing/case-spec';

const under121 = [
  complaintRegistration('2026-07-30T10:00:00+08:00'),
  command('AcceptComplaint', {}, '2026-08-03T09:00:00+08:00'),
  command('AssignCase', { assigneeId: 'med-1' }, '2026-08-03T10:00:00+08:00'),
];
const mediating121 = [...under121, command('StartMediation', {}, '2026-08-04T09:00:00+08:00')];

const under20 = [
  complaintRegistration('2023-09-28T10:00:00+08:00'),
  command('AcceptComplaint', {}, '2023-10-09T09:00:00+08:00'),
  command('AssignCase', { assigneeId: 'med-1' }, '2023-10-09T10:00:00+08:00'),
  command('StartMediation', {}, '2023-10-10T09:00:00+08:00'),
];

describe('mediation', () => {
  it('given an assigned complaint, when mediation starts, then it is mediating and the clock set at acceptance runs on', () => {
    const state = given(...under121).when(command('StartMediation', {}, '2026-08-04T09:00:00+08:00')).thenState();
    expect(state).toMatchObject({ status: 'mediating', deadlines: { mediateBy: '2026-10-08' } });
    expect(state.mediation?.startedAt).toBe('2026-08-04T01:00:00.000Z');
  });

  it('when two sessions are recorded, then both stay on the file in order', () => {
    const first = command('RecordMediationSession', { mode: 'phone', note: '电话联系商家' }, '2026-08-05T09:00:00+08:00');
    const state = given(...mediating121, first)
      .when(command('RecordMediationSession', { mode: 'onsite', note: '现场调解' }, '2026-08-06T09:00:00+08:00'))
      .thenState();
    expect(state.mediation?.sessions.map((s) => s.mode)).toEqual(['phone', 'onsite']);
  });

  it('given Order 121, when suspended for testing 10–20 Aug, then the deadline moves by the 10 days the clock stood still', () => {
    const suspend = command('SuspendMediation', { reason: 'testing_or_appraisal', note: '送检' }, '2026-08-10T09:00:00+08:00');
    const suspended = given(...mediating121).when(suspend).thenState();
    expect(suspended.status).toBe('suspended');
    expect(suspended.deadlines.mediateBy).toBeUndefined();

    // 3 Aug + 60 + 10 days = Mon 12 Oct 2026, a working day.
    given(...mediating121, suspend)
      .when(command('ResumeMediation', {}, '2026-08-20T09:00:00+08:00'))
      .thenEvents([{ type: 'MediationResumed', data: { pausedUnits: 10, mediateBy: '2026-10-12' } }]);
  });

  it('given Order 20, when suspended Mon 16–Mon 23 Oct 2023, then 5 working days are added: due 2023-12-18', () => {
    const suspend = command('SuspendMediation', { reason: 'testing_or_appraisal' }, '2023-10-16T09:00:00+08:00');
    const state = given(...under20, suspend).when(command('ResumeMediation', {}, '2023-10-23T09:00:00+08:00')).thenState();
    expect(state).toMatchObject({ status: 'mediating', deadlines: { mediateBy: '2023-12-18' } });
    expect(state.mediation?.pausedUnits).toBe(5);
  });

  it('given two suspensions, then the paused units add up', () => {
    const state = given(
      ...mediating121,
      command('SuspendMediation', { reason: 'testing_or_appraisal' }, '2026-08-10T09:00:00+08:00'),
      command('ResumeMediation', {}, '2026-08-12T09:00:00+08:00'),
      command('SuspendMediation', { reason: 'recusal' }, '2026-08-14T09:00:00+08:00'),
    )
      .when(command('ResumeMediation', {}, '2026-08-17T09:00:00+08:00'))
      .thenState();
    // 2 + 3 days: 3 Aug + 65 days = Wed 7 Oct, a holiday, so Thu 8 Oct.
    expect(state.mediation?.pausedUnits).toBe(5);
    expect(state.deadlines.mediateBy).toBe('2026-10-08');
  });

  it('given Order 20, when suspended for a recusal request (an Order 121 ground), then it is refused', () => {
    given(...under20)
      .when(command('SuspendMediation', { reason: 'recusal' }, '2023-10-16T09:00:00+08:00'))
      .thenError('case/ground-not-in-rulebook', { field: 'reason' });
  });

  it('when an agreement of 1,299 yuan refund and 500 yuan compensation is recorded, then 1,799 yuan is recovered', () => {
    const state = given(...mediating121)
      .when(command('RecordAgreement', { refundFen: 129_900, compensationFen: 50_000, terms: '退货退款并赔偿' }, '2026-08-20T09:00:00+08:00'))
      .thenState();
    expect(state.status).toBe('agreed');
    expect(state.agreement).toEqual({
      refundFen: 129_900,
      compensationFen: 50_000,
      otherFen: 0,
      recoveredFen: 179_900,
      terms: '退货退款并赔偿',
      at: '2026-08-20T01:00:00.000Z',
    });
  });

  it('when punitive compensation exceeds the claim (三倍赔偿), then it is recorded uncapped', () => {
    const state = given(...mediating121)
      .when(command('RecordAgreement', { refundFen: 129_900, compensationFen: 389_700, otherFen: 2_000, terms: '退一赔三' }))
      .thenState();
    expect(state.agreement?.recoveredFen).toBe(521_600);
    expect(state.agreement?.recoveredFen).toBeGreaterThan(state.claimedAmountFen ?? 0);
  });

  it.each([
    ['refundFen', { refundFen: -100, compensationFen: 0 }],
    ['compensationFen', { refundFen: 100, compensationFen: 0.5 }],
    ['otherFen', { refundFen: 100, compensationFen: 0, otherFen: Number.POSITIVE_INFINITY }],
  ])('when %s is not an integer amount of fen, then the agreement is refused', (field, amounts) => {
    given(...mediating121)
      .when(command('RecordAgreement', { ...amounts, terms: '退款' }))
      .thenError('case/invalid-amount', { field });
  });

  it('when mediation fails, then it is terminated as no_agreement_possible and the parties must be told in 7 working days', () => {
    // Tue 1 Sep 2026 + 7 working days = Thu 10 Sep 2026.
    const state = given(...mediating121)
      .when(command('FailMediation', { reason: '双方分歧较大' }, '2026-09-01T09:00:00+08:00'))
      .thenState();
    expect(state).toMatchObject({
      status: 'mediation_terminated',
      termination: { ground: 'no_agreement_possible', note: '双方分歧较大' },
      deadlines: { notifyTerminationBy: '2026-09-10' },
    });
  });

  it('given Order 121, when terminated because the business was dissolved, then it is terminated as party_ceased', () => {
    given(...mediating121)
      .when(command('TerminateMediation', { ground: 'party_ceased', note: '被投诉人已注销' }))
      .thenEvents([{ type: 'MediationTerminated', data: { ground: 'party_ceased', note: '被投诉人已注销' } }]);
  });

  it('given Order 20, when terminated as party_ceased (an Order 121 ground), then it is refused', () => {
    given(...under20).when(command('TerminateMediation', { ground: 'party_ceased' })).thenError('case/ground-not-in-rulebook');
  });

  it('given a suspended mediation, when the business is found dissolved, then it may be terminated without resuming', () => {
    given(...mediating121, command('SuspendMediation', { reason: 'testing_or_appraisal' }, '2026-08-10T09:00:00+08:00'))
      .when(command('TerminateMediation', { ground: 'party_ceased' }))
      .thenEvents([{ type: 'MediationTerminated' }]);
  });

  it('given a complaint in mediation, when the complainant withdraws, then mediation is terminated as withdrawn_or_settled', () => {
    given(...mediating121)
      .when(command('WithdrawComplaint', { note: '已自行和解' }))
      .thenEvents([{ type: 'MediationTerminated', data: { ground: 'withdrawn_or_settled', note: '已自行和解' } }]);
  });

  it('given a complaint not yet mediated, when the complainant withdraws, then the case is withdrawn', () => {
    const state = given(...under121).when(command('WithdrawComplaint', {})).thenState();
    expect(state.status).toBe('withdrawn');
  });
});
