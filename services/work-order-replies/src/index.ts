// The public surface of @hotline/work-order-replies: the outbox of replies to the 12345 platform.
export { startWorkOrderReplies, type WorkOrderReplies, type WorkOrderRepliesOptions } from './start';
export { workOrderRepliesRouter, type WorkOrderRepliesRouterDeps } from './router';
export { WORK_ORDER_REPLIES_MIGRATIONS } from './migrations';
export { createApp } from './app';
export { DEFAULT_BACKOFF, type Backoff } from './backoff';
export { IDEMPOTENCY_KEY_HEADER } from './reply-signature';
export { REPLY_RESULTS, type ReplyResult, type WorkOrderReply } from './reply';
export { REPLY_STATUSES, type ReplyStatus } from './tables';
export type { ReplyView } from './reply-view';
export type { OutboxPage } from './outbox-queries';
