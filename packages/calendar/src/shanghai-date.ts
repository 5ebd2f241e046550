import { shanghaiDateOf as civilDateOf, type LocalDate } from '@hotline/domain';
import { InvalidInstantError } from './errors';

/**
 * The civil date in Asia/Shanghai of an instant, the date a clock starts from. The domain's
 * rule, made strict: a bare date or a time without a zone could be any of 24+ instants.
 *
 * @example
 * shanghaiDateOf('2023-09-27T16:30:00Z'); // '2023-09-28' (00:30 in Beijing)
 * shanghaiDateOf(new Date('2023-09-28T02:00:00+08:00')); // '2023-09-28'
 * shanghaiDateOf('2023-09-28'); // throws InvalidInstantError
 */
export function shanghaiDateOf(instant: string | Date): LocalDate {
  const iso =
    instant instanceof Date ? (Number.isNaN(instant.getTime()) ? undefined : instant.toISOString()) : instant;
  const date = typeof iso === 'string' ? civilDateOf(iso) : undefined;
  if (!date) throw new InvalidInstantError(instant);
  return date;
}
