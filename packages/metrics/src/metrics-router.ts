import { createHash, timingSafeEqual } from 'node:crypto';
import { HttpError } from '@hotline/http';
import { Router, type Request } from 'express';
import type { Registry } from 'prom-client';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Compared as digests, in constant time: equal lengths, and no timing to learn the token from. */
function bearerIs(req: Request, token: string): boolean {
  const given = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  return given !== undefined && timingSafeEqual(digest(given), digest(token));
}

/**
 * `GET /metrics` in Prometheus's text format. With `token` (METRICS_TOKEN) it asks for
 * `Authorization: Bearer <token>` (Prometheus's `authorization` scrape setting); without it, it is
 * open, and the gateway must not route /metrics from outside (docs/metrics.md).
 */
export function metricsRouter({ registry, token }: { readonly registry: Registry; readonly token?: string | undefined }): Router {
  const router = Router();
  router.get('/metrics', async (req, res) => {
    if (token !== undefined && !bearerIs(req, token)) throw new HttpError(401, 'auth/unauthenticated', 'the metrics need the bearer token METRICS_TOKEN');
    res.set('Content-Type', registry.contentType).send(await registry.metrics());
  });
  return router;
}
