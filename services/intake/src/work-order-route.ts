import { caseIdFor } from '@hotline/case-file';
import { workOrderPushBodySchema } from '@hotline/contracts';
import type { Actor } from '@hotline/domain';
import { inBodyTerms, requestContextOf, validated } from '@hotline/http';
import type { RequestHandler } from 'express';
import type { IntakeDeps } from './deps';
import { register, sendRegistered } from './registration';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyWorkOrderPush } from './work-order-signature';

/** The 12345 platform, as the actor of the cases it pushes. */
export const HOTLINE_12345: Actor = { id: 'hotline-12345', role: 'integration' };

/** The case's fields as the work order calls them, for refusals that name one. */
const WORK_ORDER_FIELDS = { occurredAt: 'receivedAt', 'workOrder.replyBy': 'replyBy' } as const;

/**
 * `POST /api/v1/integrations/12345/work-orders`: a signed push from the 12345 hotline. The case
 * id derives from the work order number, so an order pushed twice is one case: 201 the first
 * time, 200 with the same body after.
 */
export const workOrderRoute =
  (deps: IntakeDeps): RequestHandler =>
  async (req, res) => {
    const rawBody = (req as { rawBody?: Buffer }).rawBody ?? Buffer.alloc(0);
    const headers = { signature: req.get(SIGNATURE_HEADER), timestamp: req.get(TIMESTAMP_HEADER) };
    await verifyWorkOrderPush(deps.db, deps.workOrderSecret, headers, rawBody, deps.clock());
    const order = validated(workOrderPushBodySchema, req.body, 'body');
    const caseId = caseIdFor('work-order', order.workOrderNo);
    const registered = await register(
      deps,
      caseId,
      {
        kind: order.kind,
        channel: 'transfer_12345',
        district: order.district,
        complainant: order.citizen,
        respondent: order.respondent,
        category: order.category,
        ...(order.subject && { subject: order.subject }),
        summary: order.summary,
        ...(order.claimedAmountFen !== undefined && { claimedAmountFen: order.claimedAmountFen }),
        workOrder: { workOrderNo: order.workOrderNo, replyBy: new Date(order.replyBy).toISOString() },
      },
      { actor: HOTLINE_12345, occurredAt: order.receivedAt },
      { ...requestContextOf(req, deps.ipHashKey), retryKey: `work-order:${order.workOrderNo}` },
    ).catch((error: unknown) => {
      throw inBodyTerms(error, WORK_ORDER_FIELDS);
    });
    sendRegistered(res, deps.calendar, registered, registered.created ? 201 : 200);
  };
