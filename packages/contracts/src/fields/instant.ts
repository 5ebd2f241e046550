import * as z from 'zod';
import { fieldError } from './field-error';

/**
 * The years the API takes. PostgreSQL holds a wider range, but not every sum on it: a figure
 * computed a year past `asOf`, or a Shanghai midnight of 0001-01-01 (year 0 in UTC), fails there.
 * Bounded at the field, a date the service cannot use is refused naming the field.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 9998;

const EARLIEST = Date.UTC(FIRST_YEAR, 0, 1);
const AFTER_LAST = Date.UTC(LAST_YEAR + 1, 0, 1);

/** Checked only once the format holds: a malformed value is told about the format alone. */
const wellFormed = { when: ({ issues }: { issues: readonly unknown[] }) => issues.length === 0 };

/**
 * A moment in time as ISO-8601 with an explicit offset or Z, from 1900-01-01T00:00:00Z to
 * 9998-12-31T23:59:59Z. Local times without an offset are refused: "10:00" means different
 * instants in Wuhan and in a UTC server. A future time is well formed here; whether it is
 * allowed is the domain's decision.
 *
 * @example
 * instant('occurredAt').parse('2026-04-15T09:30:00+08:00') // ok
 * instant('occurredAt').parse('2026-04-15T01:30:00Z') // ok
 * instant('occurredAt').safeParse('2026-04-15 09:30').success // false
 * instant('asOf').safeParse('9999-12-31T23:59:59Z').success // false: past the last year
 */
export function instant(name: string) {
  return z.iso
    .datetime({
      offset: true,
      error: fieldError(name, `${name} must be an ISO-8601 instant with an offset or Z, e.g. 2026-04-15T09:30:00+08:00`),
    })
    .refine(
      (value) => {
        const at = Date.parse(value);
        return at >= EARLIEST && at < AFTER_LAST;
      },
      { ...wellFormed, message: `${name} must be an instant in the years ${FIRST_YEAR} to ${LAST_YEAR}, from ${FIRST_YEAR}-01-01T00:00:00Z to ${LAST_YEAR}-12-31T23:59:59Z` },
    );
}

/**
 * A civil date YYYY-MM-DD (Asia/Shanghai is implied by the API) in the years 1900 to 9998:
 * a deadline's last day, a period bound.
 *
 * @example
 * civilDate('from').parse('2026-04-15') // ok
 * civilDate('from').safeParse('2026-02-30').success // false
 * civilDate('from').safeParse('0001-01-01').success // false: before the first year
 */
export function civilDate(name: string) {
  return z.iso
    .date({ error: fieldError(name, `${name} must be a real calendar date YYYY-MM-DD, e.g. 2026-04-15`) })
    .refine(
      (value) => {
        const year = Number(value.slice(0, 4));
        return year >= FIRST_YEAR && year <= LAST_YEAR;
      },
      { ...wellFormed, message: `${name} must be a date in the years ${FIRST_YEAR} to ${LAST_YEAR}, from ${FIRST_YEAR}-01-01 to ${LAST_YEAR}-12-31` },
    );
}
