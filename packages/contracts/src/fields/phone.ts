import * as z from 'zod';
import { fieldError } from './field-error';

const MOBILE = /^1[3-9]\d{9}$/;
// Area code 0 + 2–3 digits, optional hyphen, 7–8 digit number, optional extension.
const LANDLINE = /^0\d{2,3}-?\d{7,8}(?:-\d{1,6})?$/;
const SERVICE = /^[48]00-?\d{3}-?\d{4}$/;

export const PHONE_MESSAGE =
  'phone must be an 11-digit mainland mobile number (1[3-9]xxxxxxxxx), a landline such as 027-87654321 ' +
  '(extension as 010-12345678-123) or a service number such as 400-123-4567';

/** Full-width digits and dashes to ASCII, spaces dropped; a mobile loses its +86 and hyphens. */
function normalisePhone(raw: string): string {
  const compact = raw.normalize('NFKC').replace(/[\s()（）]/g, '').replace(/[‐‑–—－]/g, '-');
  const mobile = /^(?:\+?86)?(1[3-9]\d{9})$/.exec(compact.replaceAll('-', ''));
  return mobile?.[1] ?? compact;
}

/** True for a mainland mobile, landline or 400/800 number already in canonical form. */
export const isPhoneNumber = (value: string): boolean =>
  MOBILE.test(value) || LANDLINE.test(value) || SERVICE.test(value);

/**
 * A mainland phone number, normalised so that one caller has one spelling: matching
 * complainants by phone is how repeated (professional) claimants are spotted.
 *
 * @example
 * phoneSchema.parse('138 0013 8000') // '13800138000'
 * phoneSchema.parse('+86 13800138000') // '13800138000'
 * phoneSchema.parse('027-87654321') // '027-87654321'
 * phoneSchema.safeParse('12800138000').success // false
 */
export const phoneSchema = z
  .string({ error: fieldError('phone', PHONE_MESSAGE) })
  .overwrite(normalisePhone)
  .refine(isPhoneNumber, PHONE_MESSAGE);
