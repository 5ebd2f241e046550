import type { DecisionContext } from '../case/decision-context';
import type { AnswerConsultation } from './commands';
import type { ConsultationAnswered } from './events';

export const decideAnswer = (command: AnswerConsultation, ctx: DecisionContext): ConsultationAnswered[] => [
  { type: 'ConsultationAnswered', data: { ...command.data, occurredAt: ctx.occurredAt } },
];
