import type { LocalDate, WorkingDayCalendar } from '@hotline/domain';
import { assertCovered, type CalendarCoverage } from './coverage';
import { InvalidCalendarOptionError, InvalidWorkingDayCountError, NoCalendarDataError } from './errors';
import { chineseDaysSource, type HolidaySource } from './holiday-source';
import { formatLocalDate, parseLocalDate } from './local-date';
import { MAX_PROVISIONAL_YEARS, withProvisionalYears } from './provisional-years';
import { buildWorkingDayIndex } from './working-day-index';

/** A working-day calendar that knows which years it can answer for. */
export interface ChinaCalendar extends WorkingDayCalendar {
  readonly coverage: CalendarCoverage;
  /**
   * Whether `date` is in a provisional year (after `coverage.lastYear`, up to
   * `coverage.provisionalUntil`), answered from the statutory holidays without the year's notice.
   * A deadline for which this is true must be shown as provisional. Throws like the other methods
   * for a year the calendar does not answer for.
   */
  isProvisional(date: LocalDate): boolean;
}

export interface ChinaCalendarOptions {
  /**
   * How many years after the last notice in the data to answer provisionally, from the statutory
   * holidays of 《全国年节及纪念日放假办法》 alone (no 调休, no 补假): 0 (the default, strict:
   * those years throw `NoCalendarDataError`), 1 or 2.
   */
  readonly provisionalYears?: number;
}

// Immutable, so one shared instance per option value: a caller that creates one per request pays nothing.
const shared = new Map<number, ChinaCalendar>();

/**
 * The mainland calendar: weekends and statutory holidays off, 调休 make-up days on, from the
 * State Council notices bundled in `chinese-days`. Built on first use (it indexes every covered
 * day, some tens of ms) and shared. Any date outside `coverage` throws `NoCalendarDataError`.
 *
 * With `provisionalYears: n`, the n years after the last notice are answered from the statutory
 * holidays alone, and `isProvisional` tells which dates those are. Opt in only where a service
 * marks such deadlines as provisional.
 *
 * @example
 * const calendar = createChinaCalendar();
 * calendar.addWorkingDays('2023-09-28', 7); // '2023-10-13', across the 2023 National Day
 * calendar.workingDaysBetween('2023-09-28', '2023-10-13'); // 7
 * calendar.firstWorkingDayOnOrAfter('2026-10-02'); // '2026-10-08'
 *
 * const provisional = createChinaCalendar({ provisionalYears: 1 }); // chinese-days 1.5.7: 2027
 * provisional.firstWorkingDayOnOrAfter('2027-01-01'); // '2027-01-04'
 * provisional.isProvisional('2027-01-04'); // true: show it as provisional
 */
export function createChinaCalendar(options: ChinaCalendarOptions = {}): ChinaCalendar {
  const { provisionalYears: years = 0 } = options;
  if (!Number.isInteger(years) || years < 0 || years > MAX_PROVISIONAL_YEARS) {
    throw new InvalidCalendarOptionError('provisionalYears', years, `an integer from 0 to ${MAX_PROVISIONAL_YEARS}`);
  }
  let calendar = shared.get(years);
  if (!calendar) {
    calendar = createWorkingDayCalendar(withProvisionalYears(chineseDaysSource(), years));
    shared.set(years, calendar);
  }
  return calendar;
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
    if (result === undefined) throw new NoCalendarDataError(coverage.provisionalUntil + 1, coverage);
    return result;
  };

  return Object.freeze({
    coverage,
    isWorkingDay: (date: LocalDate) => index.isWorkingDay(covered(date)),
    isProvisional: (date: LocalDate) => Number(covered(date).slice(0, 4)) > coverage.lastYear,
    addWorkingDays,
    workingDaysBetween: (from: LocalDate, to: LocalDate) => index.rank(covered(to)) - index.rank(covered(from)),
    firstWorkingDayOnOrAfter: (date: LocalDate) => {
      const start = covered(date);
      return index.isWorkingDay(start) ? start : addWorkingDays(start, 1);
    },
  });
}
