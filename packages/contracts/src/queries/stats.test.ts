import { describe, expect, it } from 'vitest';
import { toIssues } from '../issues';
import { STATS_GROUPINGS, statsQuerySchema } from './stats';

describe('statsQuerySchema', () => {
  it('accepts a half-year period with filters', () => {
    const query = { from: '2023-01-01', to: '2023-07-01', district: 'ezhou', channel: 'transfer_12345', kind: 'complaint', category: 'quality', groupBy: 'month' };
    expect(statsQuerySchema.parse(query)).toEqual(query);
  });

  it.each(STATS_GROUPINGS)('groups by %s', (groupBy) => {
    expect(statsQuerySchema.safeParse({ from: '2023-01-01', to: '2023-07-01', groupBy }).success).toBe(true);
  });

  it('requires from and to', () => {
    expect(toIssues(statsQuerySchema.safeParse({}).error!)).toEqual([
      { path: 'from', message: 'from is required' },
      { path: 'to', message: 'to is required' },
    ]);
  });

  it.each([
    ['2023-07-01', '2023-01-01'],
    ['2023-01-01', '2023-01-01'],
  ])('refuses from %s to %s', (from, to) => {
    expect(toIssues(statsQuerySchema.safeParse({ from, to }).error!)).toEqual([
      { path: 'to', message: 'to must be after from: a period is [from, to), to excluded' },
    ]);
  });

  it('refuses an unknown grouping and an unknown parameter', () => {
    const issues = toIssues(statsQuerySchema.safeParse({ from: '2023-01-01', to: '2023-07-01', groupBy: 'year', distrct: 'x' }).error!);
    expect(issues.map((issue) => issue.path).sort()).toEqual(['distrct', 'groupBy']);
  });
});
