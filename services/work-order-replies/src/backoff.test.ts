import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_BACKOFF } from './backoff';

const backoff = { baseMs: 1000, capMs: 60_000 };

describe('backoffDelay', () => {
  it('doubles from the base after each failed attempt, between half the step and the step', () => {
    const lowest = [1, 2, 3, 4, 5].map((attempt) => backoffDelay(attempt, backoff, () => 0));
    const highest = [1, 2, 3, 4, 5].map((attempt) => backoffDelay(attempt, backoff, () => 1));
    expect(lowest).toEqual([500, 1000, 2000, 4000, 8000]);
    expect(highest).toEqual([1000, 2000, 4000, 8000, 16_000]);
  });

  it('never waits longer than the cap, however many attempts failed', () => {
    expect(backoffDelay(7, backoff, () => 1)).toBe(60_000);
    expect(backoffDelay(40, backoff, () => 1)).toBe(60_000);
    expect(backoffDelay(40, backoff, () => 0)).toBe(30_000);
  });

  it('spreads replies that failed together over the jitter half', () => {
    const delays = new Set(Array.from({ length: 50 }, () => backoffDelay(4, backoff)));
    expect(delays.size).toBeGreaterThan(10);
    for (const delay of delays) expect(delay).toBeGreaterThanOrEqual(4000), expect(delay).toBeLessThanOrEqual(8000);
  });

  it('by default spans about two hours over eight attempts, so 12345 hears well before its reply deadline', () => {
    const total = [1, 2, 3, 4, 5, 6, 7].reduce((sum, attempt) => sum + backoffDelay(attempt, DEFAULT_BACKOFF, () => 1), 0);
    expect(total).toBe((1 + 2 + 4 + 8 + 16 + 32 + 60) * 60_000);
  });
});
