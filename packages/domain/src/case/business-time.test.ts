import { describe, it } from 'vitest';
import { command, complaintRegistration, given, NOW } from '../testing/case-spec';

const received = complaintRegistration('2026-08-03T09:00:00+08:00');

describe('business time of a command', () => {
  it('when occurredAt is after the server clock, then it is refused as in the future', () => {
    given(received)
      .when(command('AcceptComplaint', {}, '2026-11-23T02:00:01.000Z'))
      .thenError('case/invalid-time', { field: 'occurredAt', now: NOW });
  });

  it('when occurredAt is before the case\'s previous event, then it is refused', () => {
    given(received)
      .when(command('AcceptComplaint', {}, '2026-08-03T08:59:59+08:00'))
      .thenError('case/invalid-time', { field: 'occurredAt', previous: '2026-08-03T01:00:00.000Z' });
  });

  it('when occurredAt equals the previous event, then it is taken (several steps in one minute)', () => {
    given(received).when(command('AcceptComplaint', {}, '2026-08-03T01:00:00Z')).thenEvents([{ type: 'ComplaintAccepted' }]);
  });

  it.each([['2026-08-03T10:00:00'], ['2026-08-03'], ['yesterday'], ['2026-13-01T00:00:00Z'], ['']])(
    'when occurredAt is %j (no offset or not a time), then it is refused',
    (occurredAt) => {
      const bad = { ...command('AcceptComplaint', {}), metadata: { ...command('AcceptComplaint', {}).metadata, occurredAt } };
      given(received).when(bad).thenError('case/invalid-time', { field: 'occurredAt' });
    },
  );

  it('when a registration is in the future, then it is refused', () => {
    given().when(complaintRegistration('2027-01-01T00:00:00Z')).thenError('case/invalid-time');
  });
});
