import * as z from 'zod';
import { oneOf } from '../fields/vocabulary';
import { pageLimit } from './query-values';

/** Where a reply to 12345 stands in the outbox. */
export const WORK_ORDER_REPLY_STATUSES = ['pending', 'delivered', 'undeliverable'] as const;
export type WorkOrderReplyStatus = (typeof WORK_ORDER_REPLY_STATUSES)[number];

/**
 * `GET /api/v1/work-order-replies?status&limit`: the outbox of replies to 12345, newest first.
 *
 * @example
 * workOrderRepliesQuerySchema.parse({ status: 'undeliverable' }) // { status: 'undeliverable', limit: 50 }
 */
export const workOrderRepliesQuerySchema = z.strictObject({
  status: oneOf('status', WORK_ORDER_REPLY_STATUSES).optional(),
  limit: pageLimit(),
});
