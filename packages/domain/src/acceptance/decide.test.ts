import { describe, expect, it } from 'vitest';
import { command, complaintRegistration, given } from '../testing/case-spec';

const receivedUnder20 = complaintRegistration('2023-09-28T10:00:00+08:00');
const receivedUnder121 = complaintRegistration('2026-07-30T10:00:00+08:00');

describe('deciding acceptance', () => {
  it('given a complaint under Order 121, when accepted on 2026-08-03, then mediation is due 2026-10-08', () => {
    // Day 60 after 3 Aug is Fri 2 Oct, inside the National Day holiday (1–7 Oct 2026), so the
    // period ends on the first working day after it (art. 45): Thu 8 Oct.
    const state = given(receivedUnder121)
      .when(command('AcceptComplaint', { stationId: 'zhongnan' }, '2026-08-03T15:00:00+08:00'))
      .thenState();
    expect(state).toMatchObject({
      status: 'accepted',
      stationId: 'zhongnan',
      acceptance: { decision: 'accepted', at: '2026-08-03T07:00:00.000Z' },
      deadlines: { acceptBy: expect.any(String), mediateBy: '2026-10-08' },
    });
  });

  it('given a complaint under Order 20, when accepted on 2023-10-09, then mediation is due on its 45th working day, 2023-12-11', () => {
    // Working days after Mon 9 Oct 2023: 10–13 Oct (4), 16–31 Oct (16), Nov (22 → 38), 1–11 Dec (7 → 45).
    given(receivedUnder20)
      .when(command('AcceptComplaint', {}, '2023-10-09T09:00:00+08:00'))
      .thenEvents([{ type: 'ComplaintAccepted', data: { mediateBy: '2023-12-11', occurredAt: '2023-10-09T01:00:00.000Z' } }]);
  });

  it('when not accepted for a ground of its rulebook, then the decision records the ground and note', () => {
    const state = given(receivedUnder20)
      .when(command('RejectComplaint', { ground: 'time_barred', note: '超过三年' }, '2023-10-09T09:00:00+08:00'))
      .thenState();
    expect(state.status).toBe('not_accepted');
    expect(state.acceptance).toMatchObject({ decision: 'not_accepted', ground: 'time_barred', note: '超过三年' });
  });

  it('given a complaint under Order 20, when refused for identity_refused (an Order 121 ground), then it is refused', () => {
    given(receivedUnder20)
      .when(command('RejectComplaint', { ground: 'identity_refused' }, '2023-10-09T09:00:00+08:00'))
      .thenError('case/ground-not-in-rulebook', { field: 'ground' });
  });

  it('given a complaint under Order 121, when refused for identity_refused, then it is not accepted', () => {
    given(receivedUnder121)
      .when(command('RejectComplaint', { ground: 'identity_refused' }, '2026-08-03T09:00:00+08:00'))
      .thenEvents([{ type: 'ComplaintNotAccepted', data: { ground: 'identity_refused' } }]);
  });

  it('when the office lacks jurisdiction, then the case is transferred and counted apart', () => {
    const state = given(receivedUnder121)
      .when(command('TransferCase', { to: '洪山区市场监管局', reason: '被投诉人经营地在洪山区' }, '2026-07-31T09:00:00+08:00'))
      .thenState();
    expect(state.status).toBe('transferred');
    expect(state.acceptance).toMatchObject({ decision: 'transferred', to: '洪山区市场监管局' });
  });

  it('given an accepted complaint, when assigned, then it waits for its mediator; a second assignment hands it over', () => {
    const accepted = [receivedUnder121, command('AcceptComplaint', {}, '2026-08-03T09:00:00+08:00')];
    const assigned = given(...accepted)
      .when(command('AssignCase', { assigneeId: 'med-1', stationId: 'zhongnan' }, '2026-08-03T10:00:00+08:00'))
      .thenState();
    expect(assigned).toMatchObject({ status: 'assigned', assigneeId: 'med-1', stationId: 'zhongnan' });
    const reassigned = given(...accepted, command('AssignCase', { assigneeId: 'med-1' }, '2026-08-03T10:00:00+08:00'))
      .when(command('AssignCase', { assigneeId: 'med-2' }, '2026-08-04T10:00:00+08:00'))
      .thenState();
    expect(reassigned).toMatchObject({ status: 'assigned', assigneeId: 'med-2' });
  });

  it('given a report, when assigned, then it keeps its status while someone verifies it', () => {
    const state = given(complaintRegistration('2026-07-30T10:00:00+08:00', { kind: 'report' }))
      .when(command('AssignCase', { assigneeId: 'inspector-1' }, '2026-07-30T11:00:00+08:00'))
      .thenState();
    expect(state).toMatchObject({ status: 'registered', assigneeId: 'inspector-1' });
  });
});
