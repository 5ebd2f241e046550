import { createHash, createHmac } from 'node:crypto';
import type { RequestContext } from '@hotline/case-file';
import { correlationIdOf } from './correlation';
import type { Request } from 'express';

/**
 * What the case file records about the request around a command. The retry key is the
 * client's Idempotency-Key, else a hash of the exact body, so a resent request is recognised.
 */
export function requestContextOf(req: Request, ipHashKey: string): RequestContext {
  const key = req.get('idempotency-key');
  const raw = (req as { rawBody?: Buffer }).rawBody ?? Buffer.from(JSON.stringify(req.body ?? {}));
  return {
    correlationId: correlationIdOf(req),
    retryKey: key ? `key:${key}` : `body:${createHash('sha256').update(raw).digest('hex')}`,
    clientIpHash: createHmac('sha256', ipHashKey).update(req.ip ?? '').digest('hex').slice(0, 16),
  };
}
