import type { LocalDate, WorkingDayCalendar } from '@hotline/domain';
import { assertCovered, type CalendarCoverage } from './coverage';
import { InvalidWorkingDayCountError, NoCalendarDataError } from './errors';
import { chineseDaysSource, type HolidaySource } from './holiday-source';
import { formatLocalDate, parseLocalDate } from './local-date';
import { buildWorkingDayIndex } from './working-day-index';

/** A working-day calendar that knows which years it can answer for. */
export interface ChinaCalendar extends WorkingDayCalendar {
  readonly coverage: CalendarCoverage;
}

let shared: ChinaCalendar | undefined;

/**
 * The mainland calendar: weekends and statutory holidays off, 调休 make-up days on, from the
 * State Council notices bundled in `chinese-days`. Built on first use (it indexes every covered
 * day, some tens of ms) and shared. Any date outside `coverage` throws `NoCalendarDataError`.
 *
 * @example
 * const calendar = createChinaCalendar();
 * calendar.addWorkingDays('2023-09-28', 7); // '2023-10-13', across the 2023 National Day
 * calendar.workingDaysBetween('2023-09-28', '2023-10-13'); // 7
 * calendar.firstWorkingDayOnOrAfter('2026-10-02'); // '2026-10-08'
 */
export function createChinaCalendar(): ChinaCalendar {
  // Immutable, so one shared instance: a caller that creates one per request pays nothing.
  return (shared ??= createWorkingDayCalendar(chineseDaysSource()));
}

/** The calendar over any holiday source; `createChinaCalendar` is the one to use. */
export function createWorkingDayCalendar(source: HolidaySource): ChinaCalendar {
  const { coverage } = source;
  const index = buildWorkingDayIndex(source);

  const covered = (value: unknown): LocalDate => {
    const date = parseLocalDate(value);
    assertCovered(date.year, coverage);
    return formatLocalDate(date);
  };

  const addWorkingDays = (date: LocalDate, n: number): LocalDate => {
    const start = covered(date);
    if (!Number.isSafeInteger(n) || n < 0) throw new InvalidWorkingDayCountError(n);
    if (n === 0) return start;
    const result = index.at(index.rank(start) + n - 1);
    if (result === undefined) throw new NoCalendarDataError(coverage.lastYear + 1, coverage);
    return result;
  };

  return Object.freeze({
    coverage,
    isWorkingDay: (date: LocalDate) => index.isWorkingDay(covered(date)),
    addWorkingDays,
    workingDaysBetween: (from: LocalDate, to: LocalDate) => index.rank(covered(to)) - index.rank(covered(from)),
    firstWorkingDayOnOrAfter: (date: LocalDate) => {
      const start = covered(date);
      return index.isWorkingDay(start) ? start : addWorkingDays(start, 1);
    },
  });
}
