import type { LocalDate } from '@hotline/domain';
// The package's generated data file: every notice it knows, as date → "English,中文,days".
import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import type { CalendarCoverage } from './coverage';
import { formatLocalDate, parseLocalDate } from './local-date';

/** The State Council's arrangements, as the calendar needs them. */
export interface HolidaySource {
  /**
   * Days off by notice (放假), weekends inside a holiday included; in a provisional year (after
   * `coverage.lastYear`), the statutory holidays alone.
   */
  readonly offDays: ReadonlySet<LocalDate>;
  /** Weekend days worked by notice (调休上班); none in a provisional year. */
  readonly onDays: ReadonlySet<LocalDate>;
  readonly coverage: CalendarCoverage;
}

interface ChineseDaysData {
  readonly holidays: Readonly<Record<string, string>>;
  readonly workdays: Readonly<Record<string, string>>;
}

// Parsing each key guards against a format change slipping in with a version bump.
const dateSet = (entries: Readonly<Record<string, string>>): Set<LocalDate> =>
  new Set(Object.keys(entries).map((key) => formatLocalDate(parseLocalDate(key))));

/** Every year from the first to the last notice; a hole would silently treat a year as weekends-only. */
function coverageOf(offDays: ReadonlySet<LocalDate>): CalendarCoverage {
  const years = new Set([...offDays].map((date) => Number(date.slice(0, 4))));
  if (years.size === 0) throw new Error('chinese-days holds no holidays');
  const firstYear = Math.min(...years);
  const lastYear = Math.max(...years);
  for (let year = firstYear; year <= lastYear; year++) {
    if (!years.has(year)) throw new Error(`chinese-days holds no holidays for ${year}`);
  }
  return Object.freeze({ firstYear, lastYear, provisionalUntil: lastYear });
}

export function chineseDaysSource(data: ChineseDaysData = chineseDays): HolidaySource {
  const offDays = dateSet(data.holidays);
  return { offDays, onDays: dateSet(data.workdays), coverage: coverageOf(offDays) };
}
