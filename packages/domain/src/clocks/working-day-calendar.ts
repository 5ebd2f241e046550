/** A civil date in Asia/Shanghai, `YYYY-MM-DD`. */
export type LocalDate = string;

/**
 * Working days in Asia/Shanghai: weekends and statutory holidays are off, make-up
 * working days (调休) are on. Injected into the decider so the domain stays pure and
 * a test can pin the calendar.
 */
export interface WorkingDayCalendar {
  isWorkingDay(date: LocalDate): boolean;
  /** The n-th working day after `date` (`date` itself is not counted); n = 0 gives `date`. */
  addWorkingDays(date: LocalDate, n: number): LocalDate;
  /** Working days w with from < w <= to; negative when `to` is before `from`. */
  workingDaysBetween(from: LocalDate, to: LocalDate): number;
  /** `date` if it is a working day, else the first working day after it. */
  firstWorkingDayOnOrAfter(date: LocalDate): LocalDate;
}
