import type { Migrations } from '@hotline/database';
import { sql, type Kysely } from 'kysely';
import { FEED_NAME } from './feed-position';

/**
 * The outbox's own tables, not a read model: a projection's tables are dropped and rebuilt from
 * the events, which would forget what 12345 already received and send it all again.
 */
export const WORK_ORDER_REPLIES_MIGRATIONS: Migrations = {
  '0001-outbox-and-feed': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('work_order_replies')
        .addColumn('reply_id', 'text', (column) => column.primaryKey())
        .addColumn('case_id', 'text', (column) => column.notNull())
        .addColumn('case_no', 'text', (column) => column.notNull())
        .addColumn('work_order_no', 'text', (column) => column.notNull())
        .addColumn('district', 'text', (column) => column.notNull())
        .addColumn('result', 'text', (column) => column.notNull())
        .addColumn('body', 'text', (column) => column.notNull())
        .addColumn('status', 'text', (column) => column.notNull().check(sql`status in ('pending', 'delivered', 'undeliverable')`))
        .addColumn('attempts', 'integer', (column) => column.notNull().defaultTo(0))
        .addColumn('next_attempt_at', 'timestamptz', (column) => column.notNull())
        .addColumn('claim_token', 'text')
        .addColumn('last_attempt_at', 'timestamptz')
        .addColumn('last_error', 'text')
        .addColumn('delivered_at', 'timestamptz')
        .addColumn('retried_by', 'text')
        .addColumn('retried_at', 'timestamptz')
        .addColumn('created_at', 'timestamptz', (column) => column.notNull())
        .execute();
      // What the dispatcher claims: the pending rows that are due.
      await db.schema
        .createIndex('work_order_replies_due')
        .on('work_order_replies')
        .columns(['next_attempt_at'])
        .where(sql<boolean>`status = 'pending'`)
        .execute();
      await db.schema.createIndex('work_order_replies_by_status').on('work_order_replies').columns(['status', 'district', 'created_at']).execute();
      await db.schema
        .createTable('work_order_reply_feed')
        .addColumn('name', 'text', (column) => column.primaryKey())
        .addColumn('position', 'bigint')
        .execute();
      // The row exists from the start, so the feeder can always lock it.
      await db.insertInto('work_order_reply_feed').values({ name: FEED_NAME, position: null }).execute();
    },
  },
};
