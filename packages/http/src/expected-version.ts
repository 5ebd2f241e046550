import { ifMatchSchema } from '@hotline/contracts';
import type { Request } from 'express';
import { badInput, HttpError } from './http-error';

/**
 * The version a write expects the case to be at: `expectedVersion` in the body or the
 * `If-Match` header (an ETag such as `"3"`). Every write must name one, so a stale screen
 * can never overwrite a newer decision; both given and different is a contradiction.
 */
export function expectedVersionOf(req: Request, bodyVersion: number | undefined): number {
  const header = req.get('if-match');
  const parsed = header === undefined ? undefined : ifMatchSchema.safeParse(header);
  if (parsed && !parsed.success) {
    throw badInput('If-Match must be a case version such as "3"', [{ path: 'If-Match', message: parsed.error.issues[0]?.message ?? 'invalid' }]);
  }
  const fromHeader = parsed?.data;
  if (fromHeader !== undefined && bodyVersion !== undefined && fromHeader !== bodyVersion) {
    throw badInput('expectedVersion and If-Match disagree', [
      { path: 'expectedVersion', message: `the body says ${bodyVersion}, If-Match says ${fromHeader}` },
    ]);
  }
  const version = bodyVersion ?? fromHeader;
  if (version === undefined) {
    throw new HttpError(428, 'input/expected-version-required', 'name the version you saw: expectedVersion in the body or an If-Match header', [
      { path: 'expectedVersion', message: 'expectedVersion is required (or send If-Match)' },
    ]);
  }
  return version;
}

/** The ETag of a case at a version; `If-Match` takes it back. */
export const etagOf = (version: number) => `"${version}"`;
