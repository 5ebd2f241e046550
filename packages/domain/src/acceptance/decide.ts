import type { DecisionContext } from '../case/decision-context';
import { dueDate } from '../clocks/deadline';
import { CaseError } from '../errors';
import type { AcceptanceCommand } from './commands';
import type { AcceptanceEvent } from './events';

export function decideAcceptance(command: AcceptanceCommand, ctx: DecisionContext): AcceptanceEvent[] | CaseError {
  const occurredAt = ctx.occurredAt;
  switch (command.type) {
    case 'AcceptComplaint': {
      const mediateBy = dueDate(ctx.calendar, ctx.on, ctx.rulebook.clocks.mediation);
      return [{ type: 'ComplaintAccepted', data: { ...command.data, mediateBy, occurredAt } }];
    }
    case 'RejectComplaint':
      if (!ctx.rulebook.rejectionGrounds.includes(command.data.ground)) {
        return new CaseError(
          'case/ground-not-in-rulebook',
          `${command.data.ground} is not a ground for not accepting under ${ctx.rulebook.id}`,
          { field: 'ground', allowed: ctx.rulebook.rejectionGrounds },
        );
      }
      return [{ type: 'ComplaintNotAccepted', data: { ...command.data, occurredAt } }];
    case 'TransferCase':
      return [{ type: 'CaseTransferred', data: { ...command.data, occurredAt } }];
    case 'AssignCase':
      return [{ type: 'CaseAssigned', data: { ...command.data, occurredAt } }];
  }
}
