import { describe, expect, it } from 'vitest';
import { stateAtQuerySchema } from './state-at';

describe('stateAtQuerySchema', () => {
  it.each([
    ['3', { kind: 'version', version: 3 }],
    [3, { kind: 'version', version: 3 }],
    ['2026-04-15T09:30:00+08:00', { kind: 'instant', instant: '2026-04-15T09:30:00+08:00' }],
    ['2099-01-01T00:00:00Z', { kind: 'instant', instant: '2099-01-01T00:00:00Z' }],
  ])('reads at=%j', (at, expected) => {
    expect(stateAtQuerySchema.parse({ at })).toEqual({ at: expected });
  });

  it.each(['0', '-1', '1.5', 0, 2.5, '2026-04-15', '2026-04-15T09:30:00', 'latest', '99999999999999999'])('refuses at=%j', (at) => {
    expect(stateAtQuerySchema.safeParse({ at }).error?.issues[0]?.message).toMatch(/^at must be a positive case version/);
  });

  it('requires at', () => {
    expect(stateAtQuerySchema.safeParse({}).error?.issues[0]?.message).toBe('at is required');
  });
});
