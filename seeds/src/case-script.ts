import type { Actor, CaseCommand, RegisterCase, WorkingDayCalendar } from '@hotline/domain';
import { minutesAfter, stationTime } from './business-time';
import type { Random } from './random';

/** A registration as intake takes it: the case id and number are intake's to give. */
export type Registration = Omit<RegisterCase['data'], 'caseId' | 'caseNo'>;

/** A command of the case after registration, as a step of a script (metadata is added on loading). */
export type StepCommand = Exclude<CaseCommand, RegisterCase> extends infer C ? (C extends CaseCommand ? Pick<C, 'type' | 'data'> : never) : never;

export interface Step {
  readonly command: StepCommand;
  readonly actor: Actor;
  /** Business time, ISO instant, never before the step before. */
  readonly occurredAt: string;
}

/** One case's life as the generator intends it: who registers it when, and every command after. */
export interface CaseScript {
  readonly caseId: string;
  readonly registration: Registration;
  readonly registeredBy: Actor;
  readonly receivedAt: string;
  readonly steps: readonly Step[];
}

/** Steps in time order: each a number of working days (office hours) or minutes after the last. */
export function createTimeline(random: Random, calendar: WorkingDayCalendar, receivedAt: string) {
  const steps: Step[] = [];
  let last = receivedAt;
  const push = (occurredAt: string, actor: Actor, command: StepCommand) => {
    steps.push({ command, actor, occurredAt });
    last = occurredAt;
  };
  return {
    steps,
    /** A station's step `workingDays` working days after the last one. */
    after(workingDays: number, actor: Actor, command: StepCommand): void {
      push(stationTime(random, calendar, last, workingDays), actor, command);
    },
    /** A step during the same call or sitting, `minutes` after the last one. */
    within(minutes: number, actor: Actor, command: StepCommand): void {
      push(minutesAfter(last, minutes), actor, command);
    },
  };
}
export type Timeline = ReturnType<typeof createTimeline>;
