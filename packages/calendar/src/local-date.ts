import type { LocalDate } from '@hotline/domain';
import { DateTime } from 'luxon';
import { InvalidDateError } from './errors';

// luxon alone also accepts '20230928', '2023-W39-4' and '2023-09-28T10:00'.
const LOCAL_DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Parses a civil date. Held in UTC on purpose: a civil date is a zone-free label, and UTC has
 * no DST gaps, so `plus({ days: 1 })` is always the next label.
 */
export function parseLocalDate(value: unknown): DateTime<true> {
  if (typeof value !== 'string' || !LOCAL_DATE_SHAPE.test(value)) throw new InvalidDateError(value);
  const parsed = DateTime.fromISO(value, { zone: 'utc' });
  if (!parsed.isValid) throw new InvalidDateError(value);
  return parsed;
}

export const formatLocalDate = (date: DateTime<true>): LocalDate => date.toISODate();
