export * from './vocabulary';
export * from './rulebooks/index';
export type { LocalDate, WorkingDayCalendar } from './clocks/working-day-calendar';
