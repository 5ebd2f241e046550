import cors from 'cors';
import type { RequestHandler } from 'express';

/**
 * Cross-origin access for the listed origins only (`https://desk.example.gov.cn`); no list, no
 * `Access-Control-Allow-Origin` for anyone. Bearer tokens, not cookies, so no credentials. The
 * versions (`ETag`) and the limits' headers are readable by the allowed pages.
 */
export function corsFor(origins: readonly string[]): RequestHandler | undefined {
  if (origins.length === 0) return undefined;
  return cors({
    origin: [...origins],
    methods: ['GET', 'POST'],
    allowedHeaders: ['Authorization', 'Content-Type', 'If-Match', 'Idempotency-Key', 'X-Correlation-Id'],
    exposedHeaders: ['ETag', 'X-Correlation-Id', 'RateLimit', 'RateLimit-Policy', 'Retry-After'],
    maxAge: 600,
  });
}
