import type { Case } from '../case/state';
import type { ConsultationAnswered } from './events';

export const evolveAnswered = (state: Case, event: ConsultationAnswered): Case => ({
  ...state,
  status: 'answered',
  answer: { text: event.data.answer, at: event.data.occurredAt },
});
