import type { AcceptanceEvent } from '../acceptance/events';
import type { ClosureEvent } from '../closure/events';
import type { ConsultationAnswered } from '../consultation/events';
import type { CaseRegistered } from '../intake/events';
import type { MediationEvent } from '../mediation/events';
import type { NoteAdded } from '../notes/events';
import type { ReportHandlingEvent } from '../report-handling/events';

export type CaseEvent =
  | CaseRegistered
  | AcceptanceEvent
  | MediationEvent
  | ReportHandlingEvent
  | ConsultationAnswered
  | ClosureEvent
  | NoteAdded;

export type CaseEventType = CaseEvent['type'];

/** Every event type, for stores and projections that must know them all. */
export const CASE_EVENT_TYPES = [
  'CaseRegistered',
  'ComplaintAccepted',
  'ComplaintNotAccepted',
  'CaseTransferred',
  'CaseAssigned',
  'MediationStarted',
  'MediationSessionRecorded',
  'MediationSuspended',
  'MediationResumed',
  'AgreementReached',
  'MediationTerminated',
  'ComplaintWithdrawn',
  'ReportVerified',
  'InvestigationFiled',
  'InvestigationDeclined',
  'ConsultationAnswered',
  'CaseClosed',
  'FollowUpRecorded',
  'CaseReopened',
  'NoteAdded',
] as const satisfies readonly CaseEventType[];
