export { createChinaCalendar, type ChinaCalendar } from './china-calendar';
export type { CalendarCoverage } from './coverage';
export {
  CalendarError,
  InvalidDateError,
  InvalidInstantError,
  InvalidWorkingDayCountError,
  NoCalendarDataError,
  type CalendarErrorCode,
} from './errors';
export { shanghaiDateOf } from './shanghai-date';
