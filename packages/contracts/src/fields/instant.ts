import * as z from 'zod';
import { fieldError } from './field-error';

/**
 * A moment in time as ISO-8601 with an explicit offset or Z. Local times without an offset are
 * refused: "10:00" means different instants in Wuhan and in a UTC server. A future time is well
 * formed here; whether it is allowed is the domain's decision.
 *
 * @example
 * instant('occurredAt').parse('2026-04-15T09:30:00+08:00') // ok
 * instant('occurredAt').parse('2026-04-15T01:30:00Z') // ok
 * instant('occurredAt').safeParse('2026-04-15 09:30').success // false
 */
export function instant(name: string) {
  return z.iso.datetime({
    offset: true,
    error: fieldError(name, `${name} must be an ISO-8601 instant with an offset or Z, e.g. 2026-04-15T09:30:00+08:00`),
  });
}

/**
 * A civil date YYYY-MM-DD (Asia/Shanghai is implied by the API): a deadline's last day, a period bound.
 *
 * @example
 * civilDate('from').parse('2026-04-15') // ok
 * civilDate('from').safeParse('2026-02-30').success // false
 */
export function civilDate(name: string) {
  return z.iso.date({ error: fieldError(name, `${name} must be a real calendar date YYYY-MM-DD, e.g. 2026-04-15`) });
}
