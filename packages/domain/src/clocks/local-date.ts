import { DateTime, FixedOffsetZone } from 'luxon';
import type { LocalDate } from './working-day-calendar';

/** The zone of every screen and every clock. */
export const BUREAU_ZONE = 'Asia/Shanghai';

/**
 * Asia/Shanghai has kept UTC+8 without daylight saving since 1991, long before the oldest
 * rulebook (2020): the fixed offset gives the same dates as the IANA zone without an Intl
 * lookup per conversion, which profiling showed as a tenth of a registration's CPU.
 */
const BUREAU_OFFSET = FixedOffsetZone.instance(8 * 60);

/**
 * The civil date in Asia/Shanghai of an ISO instant (the date a clock starts from), or
 * undefined if it does not parse or names no offset.
 */
export function shanghaiDateOf(instant: string): LocalDate | undefined {
  const utc = toUtcInstant(instant);
  // With a fixed UTC+8 the civil date is the UTC date eight hours later.
  return utc && new Date(Date.parse(utc) + BUREAU_OFFSET.offset(0) * 60_000).toISOString().slice(0, 10);
}

export function addCalendarDays(date: LocalDate, days: number): LocalDate {
  const result = DateTime.fromISO(date, { zone: BUREAU_OFFSET }).plus({ days }).toISODate();
  if (!result) throw new RangeError(`not a date: ${date}`);
  return result;
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function calendarDaysBetween(from: LocalDate, to: LocalDate): number {
  const start = DateTime.fromISO(from, { zone: BUREAU_OFFSET });
  return Math.round(DateTime.fromISO(to, { zone: BUREAU_OFFSET }).diff(start, 'days').days);
}

/** ISO 8601 extended format with a zone: `2026-08-03T09:30:00+08:00`, `…T01:30:00.000Z`. */
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))$/i;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * An ISO instant normalised to UTC (`2023-09-28T02:00:00.000Z`), or undefined if it is not a
 * real instant or names no offset: a bare local time would be read in the server's zone, a
 * guess. Read by hand rather than by luxon because every command passes here and luxon's
 * parser showed in profiles; `Date` alone would roll 30 February over into March.
 */
export function toUtcInstant(instant: string): string | undefined {
  const match = INSTANT.exec(instant);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second = '0', fraction = '', zulu, sign, offsetHours, offsetMinutes] = match;
  const [y, mo, d, h, mi, s] = [year, month, day, hour, minute, second].map(Number) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || h > 23 || mi > 59 || s > 59) return undefined;
  const offset = zulu ? 0 : (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  if (Math.abs(offset) > 18 * 60) return undefined;
  const millis = Number(fraction.padEnd(3, '0').slice(0, 3));
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s, millis) - offset * 60_000).toISOString();
}
