import type { ClockRule } from '../rulebooks/rulebook';
import { addCalendarDays, calendarDaysBetween } from './local-date';
import type { LocalDate, WorkingDayCalendar } from './working-day-calendar';

/**
 * The last day of a clock that started on `start` (not counted, Order 121 art. 45) and ran
 * `rule.length` units plus `pausedUnits` the clock stood still. A calendar-day period whose
 * last day is not a working day ends on the next working day; the deadline is 24:00 of it.
 */
export function dueDate(calendar: WorkingDayCalendar, start: LocalDate, rule: ClockRule, pausedUnits = 0): LocalDate {
  const units = rule.length + pausedUnits;
  return rule.unit === 'working_days'
    ? calendar.addWorkingDays(start, units)
    : calendar.firstWorkingDayOnOrAfter(addCalendarDays(start, units));
}

/**
 * Units of `rule` the clock stood still between a suspension on `from` and the resumption on
 * `to`: the suspension day still counts, the days after it up to the resumption do not.
 */
export function pausedUnits(calendar: WorkingDayCalendar, from: LocalDate, to: LocalDate, rule: ClockRule): number {
  return rule.unit === 'working_days' ? calendar.workingDaysBetween(from, to) : calendarDaysBetween(from, to);
}
