import type { LocalDate, WorkingDayCalendar } from '@hotline/domain';
import type { Random } from './random';

/** Asia/Shanghai is UTC+8 all year (no daylight saving since 1991): plain arithmetic is exact. */
const OFFSET_MS = 8 * 3_600_000;
const MINUTE = 60_000;

/** The civil date in Asia/Shanghai of an ISO instant. */
export const dayOf = (instant: string): LocalDate => new Date(Date.parse(instant) + OFFSET_MS).toISOString().slice(0, 10);

/** The UTC instant of `minutes` past midnight of `date` in Asia/Shanghai. */
export const instantAt = (date: LocalDate, minutes: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) - OFFSET_MS + minutes * MINUTE).toISOString();

/** The day after `date`. */
export const nextDay = (date: LocalDate): LocalDate => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** A minute of office hours: 08:30–12:00 or 14:30–17:30. */
export function officeMinute(random: Random): number {
  return random.chance(0.55) ? random.int(8 * 60 + 30, 11 * 60 + 59) : random.int(14 * 60 + 30, 17 * 60 + 29);
}

/**
 * When a station acts `workingDays` working days after `after` (0: the same day if it is a
 * working day, else the next), in office hours, and always some minutes after `after`.
 */
export function stationTime(random: Random, calendar: WorkingDayCalendar, after: string, workingDays: number): string {
  const from = dayOf(after);
  const day = workingDays === 0 ? calendar.firstWorkingDayOnOrAfter(from) : calendar.addWorkingDays(from, workingDays);
  const at = instantAt(day, officeMinute(random));
  return Date.parse(at) > Date.parse(after) ? at : minutesAfter(after, random.int(5, 90));
}

export const minutesAfter = (instant: string, minutes: number): string => new Date(Date.parse(instant) + minutes * MINUTE).toISOString();
