import type { Event } from '../case/event';
import type { Deadlines } from '../case/state';
import type { RulebookId } from '../rulebooks/rulebook';
import type { RegisterCase } from './commands';

/** Registration records the rulebook in force on receipt and the clocks it starts. */
export type CaseRegistered = Event<
  'CaseRegistered',
  RegisterCase['data'] & { rulebook: RulebookId; deadlines: Pick<Deadlines, 'acceptBy' | 'verifyBy' | 'replyBy'> }
>;
