import * as z from 'zod';
import { fieldError } from './field-error';

/**
 * A case id: a UUID (any RFC 9562 version).
 *
 * @example
 * caseId('caseId').parse('3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f') // ok
 */
export function caseId(name: string) {
  return z.uuid({ error: fieldError(name, `${name} must be a UUID such as 3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f`) });
}

/**
 * A short identifier of a user, station or district: 1–64 of a-z, 0-9, _ and -. Ids are compared
 * exactly, so they are not trimmed or lower-cased here.
 *
 * @example
 * slug('stationId').parse('wuchang-zhongnan') // ok
 * slug('stationId').safeParse('Wuchang Station').success // false
 */
export function slug(name: string) {
  const message = `${name} must be 1–64 characters of a-z, 0-9, _ or -`;
  return z.string({ error: fieldError(name, message) }).regex(/^[a-z0-9_-]{1,64}$/, message);
}
