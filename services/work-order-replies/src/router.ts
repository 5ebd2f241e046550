import { actorOf, authorizeReplyRetry, requireActor, workOrderRepliesScope, type TokenService } from '@hotline/access';
import { caseId as uuid, workOrderRepliesQuerySchema } from '@hotline/contracts';
import { HttpError, notFound, validated } from '@hotline/http';
import { Router } from 'express';
import type { Kysely } from 'kysely';
import * as z from 'zod';
import { listReplies, retryReply } from './outbox-queries';
import type { WorkOrderRepliesTables } from './tables';

export interface WorkOrderRepliesRouterDeps {
  readonly db: Kysely<any>;
  readonly tokens: TokenService;
  /** Stamps an admin's retry (`retriedAt`). */
  readonly clock: () => Date;
  /** Called after an admin's retry, so a dispatcher in this process sends it at once. */
  readonly onRetried?: () => void;
}

const replyParamsSchema = z.strictObject({ replyId: uuid('replyId') });

/**
 * The 12345 outbox for people: `GET /api/v1/work-order-replies?status&limit` (managers their
 * district's, auditors and admins all; with counts by status) and
 * `POST /api/v1/work-order-replies/:replyId/retry` (admins: an undeliverable reply is sent again).
 */
export function workOrderRepliesRouter(deps: WorkOrderRepliesRouterDeps): Router {
  const db = deps.db as Kysely<WorkOrderRepliesTables>;
  const router = Router();
  const signedIn = requireActor(deps.tokens);

  router.get('/api/v1/work-order-replies', signedIn, async (req, res) => {
    const scope = workOrderRepliesScope(actorOf(res));
    const query = validated(workOrderRepliesQuerySchema, req.query, 'query');
    res.set('Cache-Control', 'no-store').json(await listReplies(db, { ...scope, ...query }));
  });

  router.post('/api/v1/work-order-replies/:replyId/retry', signedIn, async (req, res) => {
    const actor = actorOf(res);
    authorizeReplyRetry(actor);
    const { replyId } = validated(replyParamsSchema, req.params, 'params');
    const retried = await retryReply(db, replyId, actor.id, deps.clock());
    if (retried === 'unknown') throw notFound(`work-order reply ${replyId}`);
    if (retried === 'not-undeliverable') {
      throw new HttpError(409, 'work-order-reply/not-undeliverable', `work-order reply ${replyId} is not undeliverable: only a reply given up on is retried`);
    }
    deps.onRetried?.();
    res.json(retried);
  });

  return router;
}
