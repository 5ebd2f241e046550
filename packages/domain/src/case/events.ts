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

