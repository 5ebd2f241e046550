import { WORK_ORDER_REPLY_STATUSES, type WorkOrderReplyStatus } from '@hotline/contracts';
import type { ReplyResult } from './reply';

/** Where a reply stands: waiting for (another) attempt, received by 12345, or given up on until an admin retries it. */
export const REPLY_STATUSES = WORK_ORDER_REPLY_STATUSES;
export type ReplyStatus = WorkOrderReplyStatus;

/** One reply to send, keyed by the deciding event's id (its idempotency key). */
export interface WorkOrderRepliesTable {
  reply_id: string;
  case_id: string;
  case_no: string;
  work_order_no: string;
  /** The case's district: managers see their district's replies. */
  district: string;
  result: ReplyResult;
  /** The JSON sent, exactly: every attempt sends the same bytes. */
  body: string;
  status: ReplyStatus;
  /** Attempts since the row was created or last retried by an admin; counted when claimed. */
  attempts: number;
  /** When a dispatcher may claim it; while one holds it, the end of its lease. */
  next_attempt_at: Date;
  /** Set by the claim in progress; a result is recorded only by the claim that holds the row. */
  claim_token: string | null;
  last_attempt_at: Date | null;
  last_error: string | null;
  delivered_at: Date | null;
  retried_by: string | null;
  retried_at: Date | null;
  created_at: Date;
}

/** How far the feeder has read the event log: one row, moved in the transaction that records replies. */
export interface WorkOrderReplyFeedTable {
  name: string;
  /** Position of the last event looked at; null before the first (a bigint: text from pg, number from PGlite). */
  position: string | number | bigint | null;
}

export interface WorkOrderRepliesTables {
  work_order_replies: WorkOrderRepliesTable;
  work_order_reply_feed: WorkOrderReplyFeedTable;
}
