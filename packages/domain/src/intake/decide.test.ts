import { describe, expect, it } from 'vitest';
import { command, complaintRegistration, given, NOW } from '../testing/case-spec';

describe('registering a case', () => {
  it('given nothing, when a complaint is received on Thu 2023-09-28, then Order 20 applies and acceptance is due Fri 2023-10-13', () => {
    // 29 Sep–6 Oct 2023 were the Mid-Autumn/National Day holiday, Sat 7 and Sun 8 Oct make-up workdays
    // (国办发明电〔2022〕16号): 7 Oct is working day 1, 13 Oct working day 7.
    given()
      .when(complaintRegistration('2023-09-28T10:00:00+08:00'))
      .thenEvents([
        {
          type: 'CaseRegistered',
          data: expect.objectContaining({
            rulebook: 'order-20',
            deadlines: { acceptBy: '2023-10-13' },
            occurredAt: '2023-09-28T02:00:00.000Z',
          }),
        },
      ]);
  });

  it('when a complaint is received at 00:30 on 2026-04-15 in Shanghai (still 04-14 in UTC), then Order 121 applies', () => {
    const [event] = given().when(complaintRegistration('2026-04-14T16:30:00Z')).thenEvents([{ type: 'CaseRegistered' }]);
    expect(event?.data).toMatchObject({ rulebook: 'order-121' });
  });

  it('when a complaint is received at 23:59 on 2026-04-14 in Shanghai, then Order 20 still applies', () => {
    const [event] = given().when(complaintRegistration('2026-04-14T23:59:00+08:00')).thenEvents([{ type: 'CaseRegistered' }]);
    expect(event?.data).toMatchObject({ rulebook: 'order-20' });
  });

  it('when a report is received, then verification is due in 15 working days and no acceptance clock runs', () => {
    // Received Mon 2026-05-11: 15 working days later is Mon 2026-06-01 (no holiday in between).
    const state = given().when(complaintRegistration('2026-05-11T09:00:00+08:00', { kind: 'report' })).thenState();
    expect(state.deadlines).toEqual({ verifyBy: '2026-06-01' });
  });

  it('when a consultation is received, then no clock runs', () => {
    const state = given().when(complaintRegistration('2026-05-11T09:00:00+08:00', { kind: 'consultation' })).thenState();
    expect(state.deadlines).toEqual({});
    expect(state.status).toBe('registered');
  });

  it('when a 12345 work order is pushed, then its own reply deadline is recorded beside the acceptance clock', () => {
    const workOrder = { workOrderNo: 'WH12345-20260511-0042', replyBy: '2026-05-18T09:00:00.000Z' };
    const state = given()
      .when(complaintRegistration('2026-05-11T09:00:00+08:00', { channel: 'transfer_12345', workOrder }))
      .thenState();
    expect(state.deadlines).toEqual({ acceptBy: '2026-05-20', replyBy: workOrder.replyBy });
    expect(state.workOrder).toEqual(workOrder);
  });

  it('when an anonymous report is received, then it is registered without a complainant', () => {
    const state = given()
      .when(complaintRegistration('2026-05-11T09:00:00+08:00', { kind: 'report', complainant: undefined }))
      .thenState();
    expect(state.complainant).toBeUndefined();
  });

  it('when a complaint comes without a complainant, then it is refused on that field', () => {
    given()
      .when(complaintRegistration('2026-05-11T09:00:00+08:00', { complainant: undefined }))
      .thenError('case/invalid-input', { field: 'complainant' });
  });

  it('when a complaint names no business, then it is refused on that field; a consultation may name none', () => {
    given()
      .when(complaintRegistration('2026-05-11T09:00:00+08:00', { respondent: undefined }))
      .thenError('case/invalid-input', { field: 'respondent' });
    const state = given()
      .when(complaintRegistration('2026-05-11T09:00:00+08:00', { kind: 'consultation', respondent: undefined }))
      .thenState();
    expect(state.respondent).toBeUndefined();
  });

  it.each([[-1], [12.5], [Number.NaN], [1e15]])('when the claimed amount is %s fen, then it is refused', (amount) => {
    given()
      .when(complaintRegistration('2026-05-11T09:00:00+08:00', { claimedAmountFen: amount }))
      .thenError('case/invalid-amount', { field: 'claimedAmountFen' });
  });

  it('when a work order is due before it was received, then it is refused', () => {
    const workOrder = { workOrderNo: 'WH-1', replyBy: '2026-05-10T09:00:00.000Z' };
    given()
      .when(complaintRegistration('2026-05-11T09:00:00+08:00', { workOrder }))
      .thenError('case/invalid-input', { field: 'workOrder.replyBy' });
  });

  it('when a case is dated before Order 20 took effect, then no rulebook governs it and it is refused', () => {
    given().when(complaintRegistration('2019-12-31T12:00:00+08:00')).thenError('case/no-rulebook');
  });

  it('given a registered case, when it is registered again, then it is refused', () => {
    given(complaintRegistration('2026-05-11T09:00:00+08:00'))
      .when(complaintRegistration('2026-05-11T10:00:00+08:00'))
      .thenError('case/already-registered');
  });

  it('when no business time is given, then the server clock is the receipt time', () => {
    const registration = complaintRegistration('2026-05-11T09:00:00+08:00');
    const { occurredAt: _dropped, ...metadata } = registration.metadata;
    const state = given().when({ ...registration, metadata }).thenState();
    expect(state.receivedAt).toBe(NOW);
  });

  it('the registration records the case as received, with its parties and classification', () => {
    const state = given().when(complaintRegistration('2026-05-11T09:00:00+08:00')).thenState();
    expect(state).toMatchObject({
      status: 'registered',
      version: 1,
      kind: 'complaint',
      channel: 'hotline_12315',
      category: 'quality',
      claimedAmountFen: 129_900,
      complainant: { name: '张伟' },
      respondent: { creditCode: '91350100M000100Y43' },
    });
  });

  it('a note may be added to a freshly registered case', () => {
    given(complaintRegistration('2026-05-11T09:00:00+08:00'))
      .when(command('AddNote', { text: '来电人情绪激动' }, '2026-05-11T09:05:00+08:00'))
      .thenEvents([{ type: 'NoteAdded', data: { text: '来电人情绪激动', occurredAt: '2026-05-11T01:05:00.000Z' } }]);
  });
});
