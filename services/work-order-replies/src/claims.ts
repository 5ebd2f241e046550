import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Attempt } from './deliver-reply';
import type { WorkOrderRepliesTables } from './tables';

/** A reply a dispatcher holds for one attempt. */
export interface ClaimedReply {
  readonly replyId: string;
  readonly body: string;
  /** This attempt's number, from 1. */
  readonly attempt: number;
  readonly claimToken: string;
}

/**
 * Takes up to `limit` due pending replies for one attempt each. `skip locked` lets dispatchers in
 * other processes claim other rows at the same time instead of waiting; the lease (the row's next
 * attempt moved to `leaseUntil`) keeps them off these rows until the result is recorded, or, if
 * this process dies mid-send, until the lease ends and another sends it again (at least once).
 */
export async function claimDueReplies(db: Kysely<WorkOrderRepliesTables>, now: Date, leaseUntil: Date, limit: number): Promise<ClaimedReply[]> {
  const claimToken = randomUUID();
  const rows = await db
    .updateTable('work_order_replies')
    .set((eb) => ({ attempts: eb('attempts', '+', 1), next_attempt_at: leaseUntil, claim_token: claimToken, last_attempt_at: now }))
    .where('reply_id', 'in', (eb) =>
      eb
        .selectFrom('work_order_replies')
        .select('reply_id')
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', now)
        .orderBy('next_attempt_at')
        .limit(limit)
        .forUpdate()
        .skipLocked(),
    )
    .returning(['reply_id', 'body', 'attempts'])
    .execute();
  return rows.map((row) => ({ replyId: row.reply_id, body: row.body, attempt: row.attempts, claimToken }));
}

/**
 * Records how a claimed attempt went: delivered, due again at `retryAt`, or, when `retryAt` is
 * undefined (no attempts left), undeliverable until an admin retries it (due from `now`, so at
 * once then). Only the claim that holds the row may record: one whose lease ran out and was
 * claimed again records nothing.
 */
export async function recordAttempt(db: Kysely<WorkOrderRepliesTables>, claimed: ClaimedReply, attempt: Attempt, now: Date, retryAt: Date | undefined): Promise<void> {
  const outcome = attempt.delivered
    ? { status: 'delivered' as const, delivered_at: now, last_error: null }
    : { status: retryAt ? ('pending' as const) : ('undeliverable' as const), next_attempt_at: retryAt ?? now, last_error: attempt.error };
  await db
    .updateTable('work_order_replies')
    .set({ ...outcome, claim_token: null })
    .where('reply_id', '=', claimed.replyId)
    .where('claim_token', '=', claimed.claimToken)
    .execute();
}

/** When the next pending reply is due, if any: how long the dispatcher may sleep. */
export async function nextDueAt(db: Kysely<WorkOrderRepliesTables>): Promise<Date | undefined> {
  const row = await db
    .selectFrom('work_order_replies')
    .select((eb) => eb.fn.min('next_attempt_at').as('due'))
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return row?.due ? new Date(row.due) : undefined;
}
