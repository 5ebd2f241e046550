import { WORK_ORDER_REPLY_STATUSES } from '@hotline/contracts';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { Gauge, type Registry } from 'prom-client';
import { atScrape } from './scrape';

/**
 * `hotline_work_order_replies{status}`: the 12345 outbox by status, counted at each scrape. Every
 * status is reported, 0 included, so that an alert on `pending` or `undeliverable` has a series.
 */
export function workOrderReplyBacklog(registry: Registry, deps: { readonly db: Kysely<any>; readonly logger: Logger }): void {
  const measure = atScrape('work-order replies', () => countByStatus(deps.db), deps.logger);
  new Gauge({
    name: 'hotline_work_order_replies',
    help: 'Replies to 12345 work orders in the outbox: pending (waiting for an attempt), delivered, undeliverable (waiting for an admin).',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      const counts = await measure();
      this.reset();
      if (counts) for (const status of WORK_ORDER_REPLY_STATUSES) this.set({ status }, counts.get(status) ?? 0);
    },
  });
}

async function countByStatus(db: Kysely<any>): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('work_order_replies')
    .select((eb) => ['status', eb.fn.countAll<string | number>().as('count')])
    .groupBy('status')
    .execute();
  // count(*) is a bigint: text from pg, a number from PGlite.
  return new Map(rows.map((row) => [String(row.status), Number(row.count)]));
}
