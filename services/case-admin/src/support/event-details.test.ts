import { describe, expect, it } from 'vitest';
import { eventDetails, yuan } from './event-details';

describe('yuan', () => {
  it('writes fen as yuan with two decimals and thousands separators', () => {
    expect(yuan(149_900)).toBe('1,499.00元');
    expect(yuan(5)).toBe('0.05元');
    expect(yuan(15_000_000)).toBe('150,000.00元');
  });
});

describe('eventDetails', () => {
  it('shows every field but the time and the case id, amounts in yuan and nested objects inline', () => {
    expect(
      eventDetails({
        caseId: '3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
        kind: 'complaint',
        complainant: { name: '张伟', phone: '138****8000' },
        claimedAmountFen: 129_900,
        summary: '冰箱不制冷\n商家拒绝退货',
        occurredAt: '2023-03-06T01:12:00.000Z',
      }),
    ).toBe('kind: complaint; complainant: {name: 张伟, phone: 138****8000}; claimedAmountFen: 1,299.00元; summary: 冰箱不制冷 商家拒绝退货');
  });

  it('is empty for an event with nothing but its time', () => {
    expect(eventDetails({ occurredAt: '2023-03-07T02:00:00.000Z' })).toBe('');
  });
});
