import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recoveredOf, rescale, spreadExactly } from './recovered';

describe('spreading recovered losses over agreements', () => {
  it('hands out exactly the total, in whole yuan but for its odd fen', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500_000_000 }), fc.array(fc.integer({ min: 0, max: 50_000_000 }), { minLength: 1, maxLength: 60 }), (total, weights) => {
        fc.pre(weights.some((w) => w > 0));
        const spread = spreadExactly(total, weights);
        expect(spread.reduce((a, b) => a + b, 0)).toBe(total);
        expect(spread.filter((fen) => fen % 100 !== 0).length).toBeLessThanOrEqual(1);
        expect(spread.filter((fen, i) => weights[i] === 0 && fen !== 0)).toEqual([]);
      }),
    );
  });

  it('keeps proportions when rescaling one agreement, and its sum', () => {
    const amounts = rescale({ refundFen: 100_000, compensationFen: 300_000, otherFen: 0 }, 200_050);
    expect(recoveredOf(amounts)).toBe(200_050);
    expect(amounts.compensationFen).toBe(150_000);
  });
});
