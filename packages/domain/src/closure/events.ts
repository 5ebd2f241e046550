import type { Event } from '../case/event';
import type { CaseStatus, Deadlines } from '../case/state';
import type { CloseCase, RecordFollowUp, ReopenCase } from './commands';

export type CaseClosed = Event<'CaseClosed', CloseCase['data']>;
export type FollowUpRecorded = Event<'FollowUpRecorded', RecordFollowUp['data']>;
/** Reopening restarts the clock of the stage the case returns to. */
export type CaseReopened = Event<
  'CaseReopened',
  ReopenCase['data'] & {
    reopenedTo: CaseStatus;
    deadlines: Pick<Deadlines, 'acceptBy' | 'mediateBy' | 'verifyBy'>;
  }
>;

export type ClosureEvent = CaseClosed | FollowUpRecorded | CaseReopened;
