import type { DecisionContext } from '../case/decision-context';
import type { Case } from '../case/state';
import { dueDate } from '../clocks/deadline';
import { CaseError } from '../errors';
import type { ClosureCommand } from './commands';
import type { CaseReopened, ClosureEvent } from './events';

export function decideClosure(command: ClosureCommand, state: Case, ctx: DecisionContext): ClosureEvent[] | CaseError {
  const occurredAt = ctx.occurredAt;
  switch (command.type) {
    case 'CloseCase':
      return [{ type: 'CaseClosed', data: { ...command.data, occurredAt } }];
    case 'RecordFollowUp':
      if (state.followUp) {
        return new CaseError('case/illegal-transition', 'this closure has already been followed up', {
          command: command.type,
          status: state.status,
        });
      }
      return [{ type: 'FollowUpRecorded', data: { ...command.data, occurredAt } }];
    case 'ReopenCase':
      return [{ type: 'CaseReopened', data: { ...command.data, ...reopening(state, ctx), occurredAt } }];
  }
}

/** Where a reopened case goes back to, and the clock that starts again from the reopening. */
function reopening(state: Case, ctx: DecisionContext): Pick<CaseReopened['data'], 'reopenedTo' | 'deadlines'> {
  const { calendar, on, rulebook } = ctx;
  if (state.kind === 'report') {
    return { reopenedTo: 'registered', deadlines: { verifyBy: dueDate(calendar, on, rulebook.clocks.reportVerification) } };
  }
  if (state.kind === 'consultation') return { reopenedTo: 'registered', deadlines: {} };
  if (state.acceptance?.decision === 'accepted') {
    return {
      reopenedTo: state.assigneeId ? 'assigned' : 'accepted',
      deadlines: { mediateBy: dueDate(calendar, on, rulebook.clocks.mediation) },
    };
  }
  // Withdrawn before any acceptance decision: the decision is owed again.
  return { reopenedTo: 'registered', deadlines: { acceptBy: dueDate(calendar, on, rulebook.clocks.acceptance) } };
}
