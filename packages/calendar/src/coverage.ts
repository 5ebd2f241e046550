import { NoCalendarDataError } from './errors';

/** The years, inclusive, the calendar answers for. */
export interface CalendarCoverage {
  /** The first year whose State Council notice is in the holiday data. */
  readonly firstYear: number;
  /** The last year whose State Council notice is in the holiday data. */
  readonly lastYear: number;
  /**
   * The last year answered at all: `lastYear` unless provisional years were asked for, when the
   * years after `lastYear` up to this one are answered from the statutory holidays alone.
   */
  readonly provisionalUntil: number;
}

export function assertCovered(year: number, coverage: CalendarCoverage): void {
  if (year < coverage.firstYear || year > coverage.provisionalUntil) throw new NoCalendarDataError(year, coverage);
}
