import { describe, expect, it } from 'vitest';
import { MAX_FEN } from '@hotline/domain';
import { moneyFen } from './money';

const refundFen = moneyFen('refundFen');
const messageOf = (input: unknown) => refundFen.safeParse(input).error?.issues[0]?.message;

describe('moneyFen', () => {
  it.each([0, 1, 129900, MAX_FEN])('accepts %i fen', (fen) => {
    expect(refundFen.parse(fen)).toBe(fen);
  });

  it('says floats are refused because amounts are integer fen', () => {
    expect(messageOf(1299.5)).toMatch(/refundFen must be a whole number: amounts are integer fen/);
  });

  it('says negatives are refused because amounts are integer fen of 0 or more', () => {
    expect(messageOf(-100)).toBe('refundFen must not be negative: amounts are integer fen (分) of 0 or more');
    expect(messageOf(-0.5)).toMatch(/integer fen/);
  });

  it('refuses more than 100,000,000,000 fen', () => {
    expect(messageOf(MAX_FEN + 1)).toBe('refundFen must be at most 100000000000 fen (1,000,000,000 yuan)');
    expect(messageOf(Number.MAX_SAFE_INTEGER + 2)).toBeDefined();
  });

  it.each([['129900'], ['1,299'], [null], [true], [Number.NaN], [Number.POSITIVE_INFINITY], [{}]])(
    'refuses the non-amount %j',
    (input) => {
      expect(refundFen.safeParse(input).success).toBe(false);
    },
  );

  it('tells a string apart from a number', () => {
    expect(messageOf('129900')).toBe('refundFen must be a JSON number of integer fen (分), e.g. 129900 for 1,299 yuan');
  });

  it('says a missing amount is required', () => {
    expect(messageOf(undefined)).toBe('refundFen is required');
  });
});
