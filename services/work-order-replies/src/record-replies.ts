import type { Kysely } from 'kysely';
import { readFeedPosition, writeFeedPosition } from './feed-position';
import type { WorkOrderReply } from './reply';
import type { WorkOrderRepliesTables } from './tables';

/** A reply the feeder found in the log, with what the outbox keeps beside it. */
export interface FoundReply {
  readonly reply: WorkOrderReply;
  readonly district: string;
  /** Position of the deciding event in the global log. */
  readonly position: bigint;
}

/**
 * Adds the replies found in a page of the log to the outbox and moves the feed position to
 * `through`, in one transaction: a crash loses both or neither. The position is locked and
 * re-read first, and only replies after it are added, so a page another feeder already recorded
 * adds nothing; a reply already there (same key) is left as it is, delivered or not.
 * Returns the replies added.
 */
export async function recordReplies(db: Kysely<WorkOrderRepliesTables>, found: readonly FoundReply[], through: bigint, now: Date): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const after = await readFeedPosition(trx, true);
    if (after !== undefined && after >= through) return 0;
    const fresh = found.filter(({ position }) => after === undefined || position > after);
    const added =
      fresh.length === 0
        ? []
        : await trx
            .insertInto('work_order_replies')
            .values(
              fresh.map(({ reply, district }) => ({
                reply_id: reply.idempotencyKey,
                case_id: reply.caseId,
                case_no: reply.caseNo,
                work_order_no: reply.workOrderNo,
                district,
                result: reply.result,
                body: JSON.stringify(reply),
                status: 'pending' as const,
                attempts: 0,
                next_attempt_at: now,
                created_at: now,
              })),
            )
            .onConflict((conflict) => conflict.column('reply_id').doNothing())
            .returning('reply_id')
            .execute();
    await writeFeedPosition(trx, through);
    return added.length;
  });
}
