import { describe, expect, it } from 'vitest';
import { toIssues } from '../issues';
import { workOrderPushBodySchema } from './work-order';

const order = {
  workOrderNo: 'GD2023051200123',
  receivedAt: '2023-05-12T09:00:00+08:00',
  replyBy: '2023-05-19T17:00:00+08:00',
  citizen: { name: '王先生', phone: '13912345678' },
  respondent: { name: '鄂州某某超市' },
  kind: 'complaint',
  category: 'food_safety',
  summary: '超市销售过期面包。',
  district: 'ezhou-echeng',
};

const pathsOf = (input: unknown) => {
  const result = workOrderPushBodySchema.safeParse(input);
  return result.success ? [] : toIssues(result.error).map((issue) => issue.path);
};

describe('workOrderPushBodySchema', () => {
  it('accepts a minimal pushed work order', () => {
    expect(workOrderPushBodySchema.parse(order)).toEqual(order);
  });

  it('accepts the optional fields', () => {
    expect(pathsOf({ ...order, subject: 'goods_food', claimedAmountFen: 1500, citizen: { ...order.citizen, address: '鄂州市鄂城区' } })).toEqual([]);
  });

  it('requires the citizen', () => {
    const { citizen, ...rest } = order;
    expect(pathsOf(rest)).toEqual(['citizen']);
  });

  it('refuses a reply deadline before receipt', () => {
    expect(toIssues(workOrderPushBodySchema.safeParse({ ...order, replyBy: '2023-05-11T09:00:00+08:00' }).error!)).toEqual([
      { path: 'replyBy', message: 'replyBy must be later than receivedAt' },
    ]);
  });

  it('refuses a work order number over 64 characters, a local time and an unknown key', () => {
    expect(pathsOf({ ...order, workOrderNo: 'G'.repeat(65), receivedAt: '2023-05-12 09:00', channel: 'transfer_12345' })).toEqual([
      'workOrderNo',
      'receivedAt',
      'channel',
    ]);
  });
});
