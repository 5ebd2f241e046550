import type { Request, RequestHandler, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { HttpError } from './http-error';

/**
 * Requests a minute each limited endpoint allows one client by default, far above honest use: a
 * person signs in a few times a shift, an operator takes a call in a minute or more (a batch
 * typed in from letters goes faster), and the 12345 platform pushes a few hundred orders a
 * half-year (more while it catches up after an outage).
 */
export const DEFAULT_PER_MINUTE = Object.freeze({ login: 10, intake: 120, push: 300 });
export type LimitedEndpoint = keyof typeof DEFAULT_PER_MINUTE;

export interface PerMinuteLimit {
  /** Names the policy in the `RateLimit` headers and the 429's message, e.g. 'login'. */
  readonly name: string;
  /** 0 lets every request through. */
  readonly perMinute: number;
  /** Whose requests count together. Default: the client's address (its /56 for IPv6). */
  readonly keyOf?: (req: Request, res: Response) => string;
}

/**
 * At most `perMinute` requests a minute per key, with the standard `RateLimit` and
 * `RateLimit-Policy` headers; past it, 429 `rate-limited` in the error envelope with
 * `Retry-After`. Counts are kept in this process's memory: several instances behind a load
 * balancer each allow the limit.
 *
 * @example
 * router.post('/api/v1/auth/login', perMinuteLimit({ name: 'login', perMinute: 10 }), login);
 */
export function perMinuteLimit({ name, perMinute, keyOf }: PerMinuteLimit): RequestHandler {
  if (perMinute === 0) return (_req, _res, next) => next();
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    identifier: name,
    ...(keyOf && { keyGenerator: keyOf }),
    handler: (_req, _res, next) =>
      next(new HttpError(429, 'rate-limited', `too many ${name} requests: at most ${perMinute} a minute; retry after Retry-After seconds`)),
  });
}
