import { NoCalendarDataError } from './errors';

/** The years, inclusive, for which the holiday data holds the State Council's notice. */
export interface CalendarCoverage {
  readonly firstYear: number;
  readonly lastYear: number;
}

export function assertCovered(year: number, coverage: CalendarCoverage): void {
  if (year < coverage.firstYear || year > coverage.lastYear) throw new NoCalendarDataError(year, coverage);
}
