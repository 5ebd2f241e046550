import type { LocalDate } from '../clocks/working-day-calendar';
import type { Fen } from '../money';
import type { RejectionGround, RulebookId, SuspensionReason, TerminationGround } from '../rulebooks/rulebook';
import type { CaseKind, Category, Channel, Satisfaction, SessionMode, Subject } from '../vocabulary';

export const CASE_STATUSES = [
  'registered',
  'accepted',
  'not_accepted',
  'transferred',
  'assigned',
  'mediating',
  'suspended',
  'agreed',
  'mediation_terminated',
  'withdrawn',
  'verified',
  'filed',
  'not_filed',
  'answered',
  'closed',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export interface Complainant {
  readonly name: string;
  readonly phone: string;
  readonly address?: string;
  readonly idNumber?: string;
}

export interface Respondent {
  readonly name: string;
  readonly address?: string;
  readonly creditCode?: string;
}

/** A 12345 citizen-hotline work order (工单) the case came from. */
export interface WorkOrder {
  readonly workOrderNo: string;
  /** The reply deadline the work order states (ISO instant). */
  readonly replyBy: string;
}

/** Running clocks; each recorded on the event that started it. */
export interface Deadlines {
  readonly acceptBy?: LocalDate;
  readonly mediateBy?: LocalDate;
  readonly verifyBy?: LocalDate;
  readonly notifyTerminationBy?: LocalDate;
  readonly replyBy?: string;
}

export interface Agreement {
  readonly refundFen: Fen;
  readonly compensationFen: Fen;
  readonly otherFen: Fen;
  readonly recoveredFen: Fen;
  readonly terms: string;
  readonly at: string;
}

export interface Mediation {
  /** The day the mediation clock started from: acceptance, or the latest reopening. */
  readonly clockStartedOn: LocalDate;
  readonly startedAt?: string;
  readonly sessions: readonly { readonly mode: SessionMode; readonly note: string; readonly at: string }[];
  readonly suspended?: { readonly reason: SuspensionReason; readonly since: string };
  /** Units (days or working days, per the rulebook) the clock has stood still so far. */
  readonly pausedUnits: number;
}

export type AcceptanceDecision =
  | { readonly decision: 'accepted'; readonly at: string }
  | { readonly decision: 'not_accepted'; readonly at: string; readonly ground: RejectionGround; readonly note?: string }
  | { readonly decision: 'transferred'; readonly at: string; readonly to: string; readonly reason: string };

export interface Case {
  readonly status: CaseStatus;
  readonly caseId: string;
  readonly caseNo: string;
  readonly kind: CaseKind;
  readonly channel: Channel;
  readonly district: string;
  readonly stationId?: string;
  readonly rulebook: RulebookId;
  readonly complainant?: Complainant;
  readonly respondent?: Respondent;
  readonly category: Category;
  readonly subject?: Subject;
  readonly summary: string;
  readonly claimedAmountFen?: Fen;
  readonly workOrder?: WorkOrder;
  readonly linkedCaseId?: string;
  readonly receivedAt: string;
  /** Business time of the latest event: a later command may not be dated before it. */
  readonly lastOccurredAt: string;
  /** Events applied so far; the HTTP version of the case. */
  readonly version: number;
  readonly deadlines: Deadlines;
  readonly assigneeId?: string;
  readonly acceptance?: AcceptanceDecision;
  readonly mediation?: Mediation;
  readonly agreement?: Agreement;
  readonly termination?: { readonly ground: TerminationGround; readonly note?: string; readonly at: string };
  readonly withdrawal?: { readonly note?: string; readonly at: string };
  readonly verification?: { readonly finding: string; readonly at: string };
  readonly investigation?:
    | { readonly filed: true; readonly enforcementCaseNo?: string; readonly at: string }
    | { readonly filed: false; readonly reason: string; readonly at: string };
  readonly answer?: { readonly text: string; readonly at: string };
  readonly closure?: { readonly summary?: string; readonly at: string };
  readonly followUp?: { readonly satisfaction: Satisfaction; readonly note?: string; readonly at: string };
  readonly reopenings: number;
  readonly notes: readonly { readonly text: string; readonly at: string }[];
}

/** A case before its registration event: the decider's initial state. */
export interface Unregistered {
  readonly status: 'unregistered';
  readonly version: 0;
}

export type CaseState = Unregistered | Case;

export const initialState: CaseState = Object.freeze({ status: 'unregistered', version: 0 });

export const isRegistered = (state: CaseState): state is Case => state.status !== 'unregistered';
