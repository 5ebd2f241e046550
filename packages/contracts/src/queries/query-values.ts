import * as z from 'zod';
import { fieldError } from '../fields/field-error';

/** A query-string flag: true/false/1/0 (any case), or a boolean when called in-process. */
export function flag(name: string) {
  const message = `${name} must be true or false`;
  return z.union([z.boolean(), z.stringbool({ truthy: ['true', '1'], falsy: ['false', '0'] })], {
    error: fieldError(name, message),
  });
}

/** The page size: 1–200, default 50; the query string's text is read as a number. */
export function pageLimit(name = 'limit') {
  const message = `${name} must be a whole number from 1 to 200`;
  return z.coerce
    .number({ error: fieldError(name, message) })
    .int(message)
    .min(1, message)
    .max(200, message)
    .default(50);
}

/** An opaque pagination cursor, as returned by the previous page. */
export function cursor(name = 'cursor') {
  const message = `${name} must be the opaque cursor returned by the previous page`;
  return z.string({ error: fieldError(name, message) }).regex(/^[\x21-\x7E]{1,512}$/, message);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The arguments of a `.refine` that a period [from, to) of civil dates ends after it starts.
 * Compared only when both are well-formed dates; a malformed one has its own issue.
 */
export function periodInOrder(fromKey: string, toKey: string) {
  const check = (value: object): boolean => {
    const { [fromKey]: from, [toKey]: to } = value as Record<string, unknown>;
    return !(typeof from === 'string' && typeof to === 'string' && DATE.test(from) && DATE.test(to) && from >= to);
  };
  const params = {
    path: [toKey],
    message: `${toKey} must be after ${fromKey}: a period is [${fromKey}, ${toKey}), ${toKey} excluded`,
    when: ({ value }: { value: unknown }) => typeof value === 'object' && value !== null,
  };
  return [check, params] as const;
}
