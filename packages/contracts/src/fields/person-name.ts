import * as z from 'zod';
import { codePoints, fieldError, firstBroken } from './field-error';

// Look-alikes of the middle dot that IMEs and foreign keyboards produce: ・ • ‧ ･ ∙ ⋅ and the full stop-like ．
const DOT_LOOKALIKES = /[\u30FB\u2022\u2027\uFF65\u2219\u22C5\uFF0E]/g;
const ALLOWED = /^[\p{Script=Han}\p{Script=Latin}\u00B7 ]+$/u;
const HAS_LETTER = /[\p{Script=Han}\p{Script=Latin}]/u;

/**
 * A person's name: Han characters, the middle dot of transliterated names (买买提·艾力),
 * and latin letters with spaces for foreigners (John Smith). Trimmed, inner spaces collapsed,
 * dot look-alikes normalised to ·, 1–50 characters; digits and control characters refused.
 *
 * @example
 * personNameSchema.parse(' 张三 ') // '张三'
 * personNameSchema.parse('买买提・艾力') // '买买提·艾力'
 * personNameSchema.safeParse('张三1').success // false: "name must not contain digits"
 */
export const personNameSchema = z
  .string({ error: fieldError('name', 'name must be a string') })
  .trim()
  .overwrite((s) => s.normalize('NFC').replace(DOT_LOOKALIKES, '·').replace(/ {2,}/g, ' '))
  .superRefine(
    firstBroken<string>([
      [(s) => s.length > 0, 'name must not be blank'],
      [(s) => codePoints(s) <= 50, 'name must be at most 50 characters'],
      [(s) => !/\p{Nd}/u.test(s), 'name must not contain digits'],
      [(s) => !/\p{Cc}/u.test(s), 'name must not contain control characters'],
      [
        (s) => ALLOWED.test(s) && HAS_LETTER.test(s),
        'name may contain only Chinese characters, the middle dot · and latin letters with spaces',
      ],
    ]),
  );
