import { registerCaseResponseSchema, workOrderPushBodySchema, workOrderRepliesQuerySchema } from '@hotline/contracts';
import { input, type Operation } from '../operation';

/** The 12345 hotline's push, and the outbox of replies to it. */
export const HOTLINE_12345_OPERATIONS: readonly Operation[] = [
  {
    method: 'post',
    path: '/api/v1/integrations/12345/work-orders',
    operationId: 'pushWorkOrder',
    summary: 'A work order pushed by 12345',
    description:
      'Signed, not signed in: a timestamp more than 300 s from our clock and a signature seen before are refused. The case derives from `workOrderNo`: 201 the first time, 200 with the same case after. 300 pushes a minute per address.',
    tag: '12345',
    auth: 'hmac',
    body: input(workOrderPushBodySchema, {
      'a prepaid-card complaint': {
        workOrderNo: 'WH12345-20261120-0088',
        receivedAt: '2026-11-20T09:15:00+08:00',
        replyBy: '2026-11-27T18:00:00+08:00',
        citizen: { name: '刘芳', phone: '13971234567', address: '武汉市武昌区水果湖街道东湖路10号' },
        respondent: { name: '武汉市武昌区某某艺术培训学校', address: '武汉市武昌区中北路66号' },
        kind: 'complaint',
        category: 'prepaid_card',
        subject: 'services_education_training',
        summary: '市民来电反映：在该培训学校预交课时费6800元，学校突然停课，要求退还剩余课时费用',
        district: 'wuchang',
        claimedAmountFen: 680000,
      },
    }),
    answers: {
      201: { description: 'The case registered for the order.', schema: registerCaseResponseSchema },
      200: { description: 'The order was pushed before: its case, unchanged.', schema: registerCaseResponseSchema },
    },
  },
  {
    method: 'get',
    path: '/api/v1/work-order-replies',
    operationId: 'listWorkOrderReplies',
    summary: 'The replies to 12345',
    description: 'Newest first with counts by status. See docs/work-order-replies.md.',
    tag: '12345',
    auth: 'bearer',
    query: input(workOrderRepliesQuerySchema, { 'the undeliverable ones': { status: 'undeliverable' } }),
    answers: { 200: { description: 'The replies and their counts by status.' } },
  },
  {
    method: 'post',
    path: '/api/v1/work-order-replies/:replyId/retry',
    operationId: 'retryWorkOrderReply',
    summary: 'Send an undeliverable reply again',
    description: 'For admins; 409 `work-order-reply/not-undeliverable` for a reply not given up on.',
    tag: '12345',
    auth: 'bearer',
    answers: { 200: { description: 'The reply, pending again.' } },
  },
];
