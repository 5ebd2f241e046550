import { MAX_FEN } from '@hotline/domain';
import * as z from 'zod';
import { fieldError, firstBroken } from './field-error';

/**
 * An amount of money in integer fen (分): 1,299 yuan is 129900. Never a float, never a string.
 *
 * @example
 * moneyFen('refundFen').parse(129900) // 129900
 * moneyFen('refundFen').safeParse(1299.5).success // false: amounts are integer fen
 * moneyFen('refundFen').safeParse('129900').success // false: a number, not a string
 */
export function moneyFen(name: string) {
  return z
    .number({
      error: fieldError(name, `${name} must be a JSON number of integer fen (分), e.g. 129900 for 1,299 yuan`),
    })
    .superRefine(
      firstBroken<number>([
        [Number.isInteger, `${name} must be a whole number: amounts are integer fen (分), e.g. 129950 for 1,299.50 yuan`],
        [(n) => n >= 0, `${name} must not be negative: amounts are integer fen (分) of 0 or more`],
        [(n) => n <= MAX_FEN, `${name} must be at most ${MAX_FEN} fen (1,000,000,000 yuan)`],
      ]),
    );
}
