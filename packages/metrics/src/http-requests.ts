import type { Request, RequestHandler } from 'express';
import { Histogram, type Registry } from 'prom-client';

/**
 * The route a request was answered by, as its pattern (`/api/v1/cases/:caseId`): never the URL,
 * whose ids would make a series per case. `unmatched`: answered before any route matched (an
 * unknown path's 404, a malformed body's 400).
 */
function routeOf(req: Request): string {
  // Express sets req.route when a route matches and keeps it while the error handler answers.
  // req.baseUrl is the mount path of the router answering; an error leaving a router mounted under
  // a path is answered after express restored it, which would lose the prefix: the product mounts
  // every router at the root (tests/support/routes.ts refuses anything else).
  const route = req.route as { path: unknown } | undefined;
  return route ? `${req.baseUrl}${String(route.path)}` : 'unmatched';
}

/** `hotline_http_request_duration_seconds{method, route, status}`, and the middleware that times every request. */
export function requestDurations(registry: Registry): RequestHandler {
  const durations = new Histogram({
    name: 'hotline_http_request_duration_seconds',
    help: 'Time from the request reaching the app to the last byte of its answer, by route pattern and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  return (req, res, next) => {
    const end = durations.startTimer();
    // 'finish' only: a request whose client went away has no status to file it under.
    res.once('finish', () => end({ method: req.method, route: routeOf(req), status: String(res.statusCode) }));
    next();
  };
}
