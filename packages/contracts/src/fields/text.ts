import * as z from 'zod';
import { codePoints, fieldError, firstBroken } from './field-error';

/** Maximum lengths (in characters) of the free-text fields of the API. */
export const TEXT_LIMITS = Object.freeze({
  summary: 2000,
  note: 2000,
  terms: 2000,
  finding: 2000,
  answer: 4000,
  reason: 500,
});

const CONTROL = /\p{Cc}/u;
// Multi-line text keeps tab, line feed and carriage return; every other control character is refused.
const CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export interface TextOptions {
  readonly max: number;
  /** Allow line breaks and tabs (summaries, notes); single-line fields refuse them. */
  readonly multiline?: boolean;
}

/**
 * A trimmed, non-blank string of at most `max` characters without control characters.
 *
 * @example
 * text('summary', { max: 2000, multiline: true }).parse('  买的空调不制冷\n商家拒绝退货 ') // '买的空调不制冷\n商家拒绝退货'
 * text('reason', { max: 500 }).safeParse('   ').success // false: "reason must not be blank"
 */
export function text(name: string, { max, multiline = false }: TextOptions) {
  const control = multiline ? CONTROL_BUT_LINE_BREAKS : CONTROL;
  const controlMessage = multiline
    ? `${name} must not contain control characters (line breaks and tabs are fine)`
    : `${name} must be a single line without control characters`;
  return z
    .string({ error: fieldError(name, `${name} must be a string`) })
    .trim()
    .superRefine(
      firstBroken<string>([
        [(s) => s.length > 0, `${name} must not be blank`],
        [(s) => codePoints(s) <= max, `${name} must be at most ${max} characters`],
        [(s) => !control.test(s), controlMessage],
      ]),
    );
}

/**
 * A postal or business address: trimmed, 1–200 characters, one line.
 *
 * @example
 * addressSchema.parse('湖北省武汉市武昌区中南路99号') // ok
 * addressSchema.safeParse('').success // false: "address must not be blank"
 */
export const addressSchema = text('address', { max: 200 });

/**
 * A business's (or a stall-holder's) name: 1–100 characters, one line. Digits, brackets and
 * latin letters are normal here ("7-Eleven（中南路店）"), so this is not the person-name rule.
 *
 * @example
 * organisationNameSchema.parse('武汉某某电器有限公司（光谷店）') // ok
 */
export const organisationNameSchema = text('name', { max: 100 });
