import type { Event } from '../case/event';
import type { AnswerConsultation } from './commands';

export type ConsultationAnswered = Event<'ConsultationAnswered', AnswerConsultation['data']>;
