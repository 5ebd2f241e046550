import type { Kysely } from 'kysely';
import { toReplyView, type ReplyView } from './reply-view';
import { REPLY_STATUSES, type ReplyStatus, type WorkOrderRepliesTables } from './tables';

export interface OutboxPage {
  /** Newest first. */
  readonly replies: readonly ReplyView[];
  /** Every reply in the scope by status, whatever the filter: what a dashboard panel shows. */
  readonly counts: Readonly<Record<ReplyStatus, number>>;
}

/** The replies of a district (or all), optionally of one status, newest first. */
export async function listReplies(
  db: Kysely<WorkOrderRepliesTables>,
  filters: { readonly district?: string; readonly status?: ReplyStatus; readonly limit: number },
): Promise<OutboxPage> {
  let scoped = db.selectFrom('work_order_replies');
  if (filters.district !== undefined) scoped = scoped.where('district', '=', filters.district);
  const [rows, counted] = await Promise.all([
    (filters.status === undefined ? scoped : scoped.where('status', '=', filters.status))
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('reply_id')
      .limit(filters.limit)
      .execute(),
    scoped.select((eb) => ['status', eb.fn.countAll<string | number>().as('count')]).groupBy('status').execute(),
  ]);
  const counts = Object.fromEntries(REPLY_STATUSES.map((status) => [status, 0])) as Record<ReplyStatus, number>;
  for (const row of counted) counts[row.status] = Number(row.count);
  return { replies: rows.map(toReplyView), counts };
}

/**
 * Puts an undeliverable reply back in line with its attempts reset, noting who did it and when.
 * It is due at once: its due time stays the moment the dispatcher gave up on it, by the
 * dispatcher's own clock. Returns the reply, or why not: no such reply, or not undeliverable.
 */
export async function retryReply(
  db: Kysely<WorkOrderRepliesTables>,
  replyId: string,
  by: string,
  now: Date,
): Promise<ReplyView | 'unknown' | 'not-undeliverable'> {
  const retried = await db
    .updateTable('work_order_replies')
    .set({ status: 'pending', attempts: 0, claim_token: null, retried_by: by, retried_at: now })
    .where('reply_id', '=', replyId)
    .where('status', '=', 'undeliverable')
    .returningAll()
    .executeTakeFirst();
  if (retried) return toReplyView(retried);
  const exists = await db.selectFrom('work_order_replies').select('reply_id').where('reply_id', '=', replyId).executeTakeFirst();
  return exists ? 'not-undeliverable' : 'unknown';
}
