import type { Event } from '../case/event';
import type { LocalDate } from '../clocks/working-day-calendar';
import type { AcceptComplaint, AssignCase, RejectComplaint, TransferCase } from './commands';

export type ComplaintAccepted = Event<'ComplaintAccepted', AcceptComplaint['data'] & { mediateBy: LocalDate }>;
export type ComplaintNotAccepted = Event<'ComplaintNotAccepted', RejectComplaint['data']>;
export type CaseTransferred = Event<'CaseTransferred', TransferCase['data']>;
export type CaseAssigned = Event<'CaseAssigned', AssignCase['data']>;

export type AcceptanceEvent = ComplaintAccepted | ComplaintNotAccepted | CaseTransferred | CaseAssigned;
