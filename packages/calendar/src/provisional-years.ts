import type { LocalDate } from '@hotline/domain';
import type { HolidaySource } from './holiday-source';
import { statutoryDaysOff } from './statutory-holidays';

/**
 * The most provisional years a calendar may answer. A clock started in the last notice year runs
 * at most weeks into the next; two years leave room for a late release of chinese-days, and
 * further than that the guess would be about years no one is counting into yet.
 */
export const MAX_PROVISIONAL_YEARS = 2;

/**
 * `source` answering, after its last notice year, `years` more years from the statutory holidays
 * alone: weekends off, the days of `statutoryDaysOff` off, no 调休 make-up days and no 补假.
 */
export function withProvisionalYears(source: HolidaySource, years: number): HolidaySource {
  if (years === 0) return source;
  const { coverage } = source;
  const offDays = new Set<LocalDate>(source.offDays);
  const provisionalUntil = coverage.lastYear + years;
  for (let year = coverage.lastYear + 1; year <= provisionalUntil; year++) {
    for (const { date } of statutoryDaysOff(year)) offDays.add(date);
  }
  return { offDays, onDays: source.onDays, coverage: Object.freeze({ ...coverage, provisionalUntil }) };
}
