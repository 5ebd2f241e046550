import * as z from 'zod';
import { fieldError, firstBroken } from './field-error';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const SHAPE = /^\d{17}[\dX]$/;

/**
 * The ISO 7064 MOD 11-2 check character of a mainland resident ID number.
 *
 * @example
 * idNumberCheckChar('11010519491231002') // 'X'
 */
export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  WEIGHTS.forEach((weight, i) => {
    sum += Number(first17.charAt(i)) * weight;
  });
  return CHECK_CHARS.charAt(sum % 11);
}

function hasRealBirthDate(id: string): boolean {
  const [y, m, d] = [id.slice(6, 10), id.slice(10, 12), id.slice(12, 14)].map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Whether `id` is an 18-character mainland ID number with a real birth date and a correct
 * check character.
 *
 * @example
 * isIdNumber('11010519491231002X') // true
 */
export const isIdNumber = (id: string): boolean =>
  SHAPE.test(id) && hasRealBirthDate(id) && idNumberCheckChar(id) === id.charAt(17);

/**
 * A mainland resident ID number (居民身份证号码, GB 11643): 17 digits and a check character
 * (0-9 or X; a lowercase x is upper-cased).
 *
 * @example
 * idNumberSchema.parse('11010519491231002x') // '11010519491231002X'
 * idNumberSchema.safeParse('110105194912310021').success // false: wrong check character
 */
export const idNumberSchema = z
  .string({ error: fieldError('idNumber', 'idNumber must be a string of 18 characters') })
  .overwrite((s) => s.normalize('NFKC').trim().toUpperCase())
  .superRefine(
    firstBroken<string>([
      [(s) => SHAPE.test(s), 'idNumber must be 17 digits followed by a digit or X (18-digit resident ID)'],
      [(s) => hasRealBirthDate(s), 'idNumber contains an impossible birth date (digits 7–14 are YYYYMMDD)'],
      [(s) => isIdNumber(s), 'idNumber check character does not match (ISO 7064 MOD 11-2); please re-check the number'],
    ]),
  );
