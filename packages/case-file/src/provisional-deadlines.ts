import type { Deadlines, LocalDate } from '@hotline/domain';

/** The part of the working-day calendar that knows which dates are counted without the notice. */
export interface ProvisionalDates {
  isProvisional(date: LocalDate): boolean;
}

/**
 * The deadlines that fall in a year whose State Council holiday notice is not out yet, counted
 * from the statutory days alone: screens show them as provisional. The 12345 reply deadline is
 * the work order's own instant, never counted by us.
 *
 * @example
 * provisionalDeadlines(calendar, { acceptBy: '2026-12-02', mediateBy: '2027-01-22' }); // ['mediateBy']
 */
export function provisionalDeadlines(calendar: ProvisionalDates, deadlines: Deadlines): (keyof Deadlines)[] {
  return (Object.entries(deadlines) as [keyof Deadlines, string | undefined][])
    .filter(([name, due]) => name !== 'replyBy' && due !== undefined && calendar.isProvisional(due))
    .map(([name]) => name);
}
