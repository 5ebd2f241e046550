import type { CalendarCoverage } from './coverage';

/**
 * Stable codes, mapped to HTTP once at the edge (bad input → 422, no data → 503). An invalid option
 * is a configuration mistake, caught when the service starts.
 */
export type CalendarErrorCode =
  | 'calendar/invalid-date'
  | 'calendar/invalid-instant'
  | 'calendar/invalid-option'
  | 'calendar/invalid-working-day-count'
  | 'calendar/no-data-for-year';

/** Anything the calendar refuses; narrow on `code`. */
export abstract class CalendarError extends Error {
  abstract readonly code: CalendarErrorCode;
}

const show = (value: unknown): string => (typeof value === 'string' ? `'${value}'` : String(value));

/** Not a `YYYY-MM-DD` string, or an impossible date such as `2023-02-30`. */
export class InvalidDateError extends CalendarError {
  override readonly name = 'InvalidDateError';
  readonly code = 'calendar/invalid-date';

  constructor(readonly value: unknown) {
    super(`not a YYYY-MM-DD civil date: ${show(value)}`);
  }
}

/** Not an ISO instant with a zone (`Z` or `±hh:mm`), nor a valid `Date`. */
export class InvalidInstantError extends CalendarError {
  override readonly name = 'InvalidInstantError';
  readonly code = 'calendar/invalid-instant';

  constructor(readonly value: unknown) {
    super(`not an ISO instant with a zone offset: ${show(value)}`);
  }
}

/** An option of `createChinaCalendar` out of its range, such as `provisionalYears: -1`. */
export class InvalidCalendarOptionError extends CalendarError {
  override readonly name = 'InvalidCalendarOptionError';
  readonly code = 'calendar/invalid-option';

  constructor(
    readonly option: string,
    readonly value: unknown,
    expected: string,
  ) {
    super(`${option} must be ${expected}: ${show(value)}`);
  }
}

/** A working-day count that is not a non-negative integer. */
export class InvalidWorkingDayCountError extends CalendarError {
  override readonly name = 'InvalidWorkingDayCountError';
  readonly code = 'calendar/invalid-working-day-count';

  constructor(readonly value: unknown) {
    super(`working-day count must be a non-negative integer: ${show(value)}`);
  }
}

/**
 * A date in a year the calendar does not answer for: outside the notices in the data and outside
 * the provisional years the caller opted into. Guessing (weekends only) would give a wrong
 * deadline as soon as the State Council publishes that year's notice.
 */
export class NoCalendarDataError extends CalendarError {
  override readonly name = 'NoCalendarDataError';
  readonly code = 'calendar/no-data-for-year';

  constructor(
    readonly year: number,
    readonly coverage: CalendarCoverage,
  ) {
    const provisional =
      coverage.provisionalUntil > coverage.lastYear
        ? `, and provisionally (statutory holidays only) until ${coverage.provisionalUntil}`
        : '';
    super(
      `no holiday data for ${year}: the calendar covers ${coverage.firstYear}–${coverage.lastYear}${provisional}; ` +
        `bump chinese-days once the State Council publishes that year's notice`,
    );
  }
}
