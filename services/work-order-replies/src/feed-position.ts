import { sql, type Kysely, type Transaction } from 'kysely';
import type { WorkOrderRepliesTables } from './tables';

export const FEED_NAME = 'work-order-replies';

/**
 * Where the feeder stands in the event log: the last position looked at, undefined before the
 * first. `forUpdate` holds the row until the transaction ends, so one feeder moves it at a time.
 */
export async function readFeedPosition(db: Kysely<WorkOrderRepliesTables> | Transaction<WorkOrderRepliesTables>, forUpdate = false): Promise<bigint | undefined> {
  const lock = forUpdate ? sql` for update` : sql``;
  const { rows } = await sql<{ position: string | null }>`
    select position::text as position from work_order_reply_feed where name = ${FEED_NAME}${lock}`.execute(db);
  const row = rows[0];
  if (!row) throw new Error('the work_order_reply_feed row is missing: run the work_order_replies migrations');
  return row.position === null ? undefined : BigInt(row.position);
}

export async function writeFeedPosition(trx: Transaction<WorkOrderRepliesTables>, position: bigint): Promise<void> {
  await sql`update work_order_reply_feed set position = ${position.toString()}::bigint where name = ${FEED_NAME}`.execute(trx);
}
