import type { DecisionContext } from '../case/decision-context';
import { CaseError } from '../errors';
import { dueDate } from '../clocks/deadline';
import { isFen } from '../money';
import type { RegisterCase } from './commands';
import type { CaseRegistered } from './events';

export function decideRegister(command: RegisterCase, ctx: DecisionContext): CaseRegistered[] | CaseError {
  const { data } = command;
  if (data.kind !== 'report' && !data.complainant) {
    return new CaseError('case/invalid-input', 'only a report may be anonymous: a complainant is required', {
      field: 'complainant',
    });
  }
  if (data.kind !== 'consultation' && !data.respondent) {
    return new CaseError('case/invalid-input', 'a complaint or report must name the business: a respondent is required', {
      field: 'respondent',
    });
  }
  if (data.claimedAmountFen !== undefined && !isFen(data.claimedAmountFen)) {
    return new CaseError('case/invalid-amount', 'claimedAmountFen must be a non-negative integer amount of fen', {
      field: 'claimedAmountFen',
    });
  }
  if (data.workOrder && !(Date.parse(data.workOrder.replyBy) > Date.parse(ctx.occurredAt))) {
    return new CaseError('case/invalid-input', 'a work order must be replied to after it was received', {
      field: 'workOrder.replyBy',
    });
  }
  const { clocks } = ctx.rulebook;
  const deadlines = {
    ...(data.kind === 'complaint' && { acceptBy: dueDate(ctx.calendar, ctx.on, clocks.acceptance) }),
    ...(data.kind === 'report' && { verifyBy: dueDate(ctx.calendar, ctx.on, clocks.reportVerification) }),
    ...(data.workOrder && { replyBy: data.workOrder.replyBy }),
  };
  return [
    {
      type: 'CaseRegistered',
      data: { ...data, rulebook: ctx.rulebook.id, deadlines, occurredAt: ctx.occurredAt },
    },
  ];
}
