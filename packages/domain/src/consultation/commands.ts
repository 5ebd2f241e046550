import type { Command } from '../case/command';

/** The operator answers a consultation (咨询), usually during the call. */
export type AnswerConsultation = Command<'AnswerConsultation', { answer: string }>;
