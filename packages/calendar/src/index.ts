export { createChinaCalendar, type ChinaCalendar, type ChinaCalendarOptions } from './china-calendar';
export type { CalendarCoverage } from './coverage';
export {
  CalendarError,
  InvalidCalendarOptionError,
  InvalidDateError,
  InvalidInstantError,
  InvalidWorkingDayCountError,
  NoCalendarDataError,
  type CalendarErrorCode,
} from './errors';
export { shanghaiDateOf } from './shanghai-date';
