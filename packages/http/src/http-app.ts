import express, { type Express, type RequestHandler, type Router } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { correlation } from './correlation';
import { corsFor } from './cors';
import { errorHandler, unknownRoute } from './error-handler';

/** The largest JSON body accepted: a complaint with a long summary is a few KiB. */
export const BODY_LIMIT = '64kb';

/**
 * An express app with what every service needs around its routers: hardened headers, JSON
 * bodies up to {@link BODY_LIMIT}, correlation ids and logs, 404 for unknown routes and the
 * error envelope, and cross-origin access only for `corsOrigins` (none by default). The
 * all-in-one process mounts every service's routers in one such app.
 *
 * @example
 * const app = createHttpApp({ logger, corsOrigins: config.CORS_ORIGINS, routers: [intakeRouter(deps), caseworkRouter(deps)] });
 */
export function createHttpApp({
  logger,
  routers,
  corsOrigins = [],
  trustProxy = 'loopback',
  before = [],
}: {
  logger: Logger;
  routers: readonly Router[];
  corsOrigins?: readonly string[];
  /** Which proxies' X-Forwarded-For to believe (express's `trust proxy`): the rate limits and the IP hash key on the client's address. */
  trustProxy?: string;
  /** Run on every request right after it gets its correlation id, before anything can answer it: the request timer of @hotline/metrics. */
  before?: readonly RequestHandler[];
}): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxy);
  app.use(helmet());
  app.use(correlation(logger));
  for (const handler of before) app.use(handler);
  const crossOrigin = corsFor(corsOrigins);
  if (crossOrigin) app.use(crossOrigin);
  // `verify` keeps the raw bytes: the 12345 push is signed over exactly what was sent.
  app.use(express.json({ limit: BODY_LIMIT, verify: (req, _res, buf) => ((req as { rawBody?: Buffer }).rawBody = buf) }));
  for (const router of routers) app.use(router);
  app.use(unknownRoute);
  app.use(errorHandler(logger));
  return app;
}
