import type { LocalDate } from '@hotline/domain';
import { formatLocalDate, parseLocalDate } from './local-date';
import type { HolidaySource } from './holiday-source';

/**
 * Every working day of the covered years (provisional ones included), in order, so counting is a
 * lookup, not a walk.
 */
export interface WorkingDayIndex {
  isWorkingDay(date: LocalDate): boolean;
  /** How many working days of the covered range fall on or before `date`. */
  rank(date: LocalDate): number;
  /** The working day at 0-based position `position`, or undefined past the covered range. */
  at(position: number): LocalDate | undefined;
}

export function buildWorkingDayIndex({ offDays, onDays, coverage }: HolidaySource): WorkingDayIndex {
  const ordered: LocalDate[] = [];
  const end = `${coverage.provisionalUntil}-12-31`;
  for (let day = parseLocalDate(`${coverage.firstYear}-01-01`); ; day = day.plus({ days: 1 })) {
    const date = formatLocalDate(day);
    const mondayToFriday = day.weekday <= 5; // luxon: Monday 1 … Sunday 7
    if (onDays.has(date) || (mondayToFriday && !offDays.has(date))) ordered.push(date);
    if (date === end) break;
  }
  const working = new Set(ordered);

  // Upper bound by binary search; YYYY-MM-DD strings sort as dates.
  const rank = (date: LocalDate): number => {
    let low = 0;
    let high = ordered.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((ordered[mid] as LocalDate) <= date) low = mid + 1;
      else high = mid;
    }
    return low;
  };

  return {
    isWorkingDay: (date) => working.has(date),
    rank,
    at: (position) => ordered[position],
  };
}
