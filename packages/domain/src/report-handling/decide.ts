import type { DecisionContext } from '../case/decision-context';
import type { ReportHandlingCommand } from './commands';
import type { ReportHandlingEvent } from './events';

export function decideReportHandling(command: ReportHandlingCommand, ctx: DecisionContext): ReportHandlingEvent[] {
  const occurredAt = ctx.occurredAt;
  switch (command.type) {
    case 'VerifyReport':
      return [{ type: 'ReportVerified', data: { ...command.data, occurredAt } }];
    case 'FileInvestigation':
      return [{ type: 'InvestigationFiled', data: { ...command.data, occurredAt } }];
    case 'DeclineInvestigation':
      return [{ type: 'InvestigationDeclined', data: { ...command.data, occurredAt } }];
  }
}
