import type { LocalDate, WorkingDayCalendar } from '../clocks/working-day-calendar';
import type { Rulebook } from '../rulebooks/rulebook';

/** What a slice's decide gets besides the command and the case: resolved once by the case. */
export interface DecisionContext {
  readonly calendar: WorkingDayCalendar;
  /** The command's business time, normalised to a UTC ISO instant. */
  readonly occurredAt: string;
  /** Its civil date in Asia/Shanghai, where every clock is counted. */
  readonly on: LocalDate;
  /** The rulebook the case follows (for registration: the one in force on `on`). */
  readonly rulebook: Rulebook;
}
