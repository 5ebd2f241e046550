import type { Selectable } from 'kysely';
import type { WorkOrderReply } from './reply';
import type { WorkOrderRepliesTable } from './tables';

/** A row of the outbox as the routes answer it (times as ISO instants, UTC). */
export interface ReplyView {
  readonly replyId: string;
  readonly caseId: string;
  readonly caseNo: string;
  readonly workOrderNo: string;
  readonly district: string;
  readonly result: WorkOrderReply['result'];
  readonly status: WorkOrderRepliesTable['status'];
  readonly attempts: number;
  /** When the next attempt is due (or, while one is in flight, when another may be made); null unless pending. */
  readonly nextAttemptAt: string | null;
  readonly lastAttemptAt: string | null;
  readonly lastError: string | null;
  readonly deliveredAt: string | null;
  readonly retriedBy: string | null;
  readonly retriedAt: string | null;
  readonly createdAt: string;
  /** What 12345 receives. */
  readonly reply: WorkOrderReply;
}

const iso = (value: Date | null): string | null => (value === null ? null : new Date(value).toISOString());

export const toReplyView = (row: Selectable<WorkOrderRepliesTable>): ReplyView => ({
  replyId: row.reply_id,
  caseId: row.case_id,
  caseNo: row.case_no,
  workOrderNo: row.work_order_no,
  district: row.district,
  result: row.result,
  status: row.status,
  attempts: row.attempts,
  nextAttemptAt: row.status === 'pending' ? iso(row.next_attempt_at) : null,
  lastAttemptAt: iso(row.last_attempt_at),
  lastError: row.last_error,
  deliveredAt: iso(row.delivered_at),
  retriedBy: row.retried_by,
  retriedAt: iso(row.retried_at),
  createdAt: new Date(row.created_at).toISOString(),
  reply: JSON.parse(row.body) as WorkOrderReply,
});
