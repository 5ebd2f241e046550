import type { DecisionContext } from '../case/decision-context';
import { dueDate } from '../clocks/deadline';
import type { CaseError } from '../errors';
import { unlistedGround } from '../rulebooks/listed-in';
import type { AcceptanceCommand } from './commands';
import type { AcceptanceEvent } from './events';

export function decideAcceptance(command: AcceptanceCommand, ctx: DecisionContext): AcceptanceEvent[] | CaseError {
  const occurredAt = ctx.occurredAt;
  switch (command.type) {
    case 'AcceptComplaint': {
      const mediateBy = dueDate(ctx.calendar, ctx.on, ctx.rulebook.clocks.mediation);
      return [{ type: 'ComplaintAccepted', data: { ...command.data, mediateBy, occurredAt } }];
    }
    case 'RejectComplaint': {
      const { ground } = command.data;
      const unlisted = unlistedGround(ground, ctx.rulebook.rejectionGrounds, 'ground', 'a ground for not accepting', ctx.rulebook);
      return unlisted ?? [{ type: 'ComplaintNotAccepted', data: { ...command.data, occurredAt } }];
    }
    case 'TransferCase':
      return [{ type: 'CaseTransferred', data: { ...command.data, occurredAt } }];
    case 'AssignCase':
      return [{ type: 'CaseAssigned', data: { ...command.data, occurredAt } }];
  }
}
