import { DateTime } from 'luxon';
import type { LocalDate } from './working-day-calendar';

export const BUREAU_ZONE = 'Asia/Shanghai';

/**
 * The civil date in Asia/Shanghai of an ISO instant (the date a clock starts from), or
 * undefined if it does not parse or names no offset.
 */
export function shanghaiDateOf(instant: string): LocalDate | undefined {
  const utc = toUtcInstant(instant);
  return utc && (DateTime.fromISO(utc).setZone(BUREAU_ZONE).toISODate() ?? undefined);
}

export function addCalendarDays(date: LocalDate, days: number): LocalDate {
  const result = DateTime.fromISO(date, { zone: BUREAU_ZONE }).plus({ days }).toISODate();
  if (!result) throw new RangeError(`not a date: ${date}`);
  return result;
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function calendarDaysBetween(from: LocalDate, to: LocalDate): number {
  const start = DateTime.fromISO(from, { zone: BUREAU_ZONE });
  return Math.round(DateTime.fromISO(to, { zone: BUREAU_ZONE }).diff(start, 'days').days);
}

const HAS_OFFSET = /T.+(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;

/**
 * An ISO instant normalised to UTC (`2023-09-28T02:00:00.000Z`), or undefined if it does not
 * parse or names no offset: a bare local time would be read in the server's zone, a guess.
 */
export function toUtcInstant(instant: string): string | undefined {
  if (!HAS_OFFSET.test(instant)) return undefined;
  const parsed = DateTime.fromISO(instant, { setZone: true });
  return parsed.isValid ? (parsed.toUTC().toISO() ?? undefined) : undefined;
}
