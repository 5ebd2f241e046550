import type { WorkingDayCalendar } from '../clocks/working-day-calendar';
import type { CaseError } from '../errors';
import type { CaseCommand } from './commands';
import { createDecide } from './decide';
import type { CaseEvent } from './events';
import { evolve } from './evolve';
import { initialState, type CaseState } from './state';

export interface CaseDecider {
  readonly initialState: CaseState;
  /** The events a command produces, or the reason it is refused. Pure. */
  decide(command: CaseCommand, state: CaseState): CaseEvent[] | CaseError;
  evolve(state: CaseState, event: CaseEvent): CaseState;
}

/**
 * The case as a decider, with the working-day calendar its clocks count on.
 *
 * @example
 * const { decide, evolve, initialState } = createCaseDecider({ calendar });
 * const events = decide(registerCommand, initialState);
 */
export function createCaseDecider(deps: { calendar: WorkingDayCalendar }): CaseDecider {
  return { initialState, decide: createDecide(deps.calendar), evolve };
}
