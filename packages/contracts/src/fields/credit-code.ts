import * as z from 'zod';
import { fieldError, firstBroken } from './field-error';

/** The 31 characters of GB 32100-2015 (no I, O, S, V, Z), in value order. */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const SHAPE = /^[0-9A-HJ-NP-RTUW-Y]{18}$/;

/**
 * The check character (18th) of a unified social credit code, from its first 17 characters.
 *
 * @example
 * creditCodeCheckChar('91350100M000100Y4') // '3'
 */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  WEIGHTS.forEach((weight, i) => {
    sum += CHARSET.indexOf(first17.charAt(i)) * weight;
  });
  const check = 31 - (sum % 31);
  return CHARSET.charAt(check === 31 ? 0 : check);
}

/**
 * Whether `code` is a well-formed unified social credit code with a correct check character.
 *
 * @example
 * isCreditCode('91350100M000100Y43') // true
 * isCreditCode('91350100M000100Y44') // false
 */
export const isCreditCode = (code: string): boolean =>
  SHAPE.test(code) && creditCodeCheckChar(code.slice(0, 17)) === code.charAt(17);

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters, upper-cased,
 * check character verified.
 *
 * @example
 * creditCodeSchema.parse('91350100m000100y43') // '91350100M000100Y43'
 * creditCodeSchema.safeParse('91350100M000100Y44').success // false: wrong check character
 */
export const creditCodeSchema = z
  .string({ error: fieldError('creditCode', 'creditCode must be a string of 18 characters') })
  .overwrite((s) => s.normalize('NFKC').trim().toUpperCase())
  .superRefine(
    firstBroken<string>([
      [(s) => s.length === 18, 'creditCode must be 18 characters (统一社会信用代码)'],
      [
        (s) => SHAPE.test(s),
        'creditCode may contain only digits and the letters A-H, J-N, P-R, T, U, W-Y (no I, O, S, V, Z)',
      ],
      [
        (s) => isCreditCode(s),
        'creditCode check character does not match (GB 32100-2015); please re-check the code',
      ],
    ]),
  );
