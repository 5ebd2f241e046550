import { ANSWERS, CLOSE_SUMMARIES } from '../handling-notes';
import { anyOperator } from '../staff';
import { followUp, type LifeContext } from './life-context';

/**
 * A consultation's life: answered on the call and closed (hotline, walk-in), or answered by the
 * desk within a working day or two (web, WeChat, letters, 12345 orders). Few are followed up.
 */
export function consultationLife(ctx: LifeContext, onTheCall: boolean): void {
  const { random, timeline, staff } = ctx;
  const operator = ctx.registeredBy.role === 'integration' ? anyOperator(random, staff) : ctx.registeredBy;
  const answer = { type: 'AnswerConsultation', data: { answer: random.pick(ANSWERS) } } as const;
  if (onTheCall) timeline.within(random.int(2, 15), operator, answer);
  else timeline.after(random.int(0, 2), operator, answer);
  timeline.within(random.int(0, 3), operator, { type: 'CloseCase', data: { summary: CLOSE_SUMMARIES.answered } });
  followUp(ctx, 0.05, 'answered', operator);
}
