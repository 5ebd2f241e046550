import type { Role } from '@hotline/domain';

/** How the market regulator ended its part in a work order. */
export const REPLY_RESULTS = ['closed', 'not_accepted', 'transferred'] as const;
export type ReplyResult = (typeof REPLY_RESULTS)[number];

/**
 * The reply the 12345 platform receives, as JSON. One per deciding event: a case closed, reopened
 * and closed again is replied to twice, each with its own idempotency key.
 */
export interface WorkOrderReply {
  /** The deciding event's id: the same on every attempt, so 12345 can drop a repeat. */
  readonly idempotencyKey: string;
  readonly workOrderNo: string;
  readonly caseId: string;
  readonly caseNo: string;
  readonly result: ReplyResult;
  /** The statutory ground of a complaint not accepted (不予受理). */
  readonly ground?: string;
  /** Where a transferred case went (移送/转办). */
  readonly transferredTo?: string;
  /** The handling, in the handlers' own words: agreement terms, answer, grounds, closing summary. */
  readonly summary: string;
  /** Losses recovered for the consumer (挽回经济损失), in fen; 0 unless an agreement recovered some. */
  readonly recoveredFen: number;
  /** Who decided: the person signed in when the deciding event was recorded. */
  readonly handler: { readonly id: string; readonly role: Role };
  /** Business time of the decision (ISO instant, UTC). */
  readonly decidedAt: string;
}
