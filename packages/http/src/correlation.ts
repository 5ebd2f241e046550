import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';

const HEADER = 'x-correlation-id';
const SAFE_ID = /^[\w.:-]{1,128}$/;

/**
 * Logs every request as one JSON line and gives it a correlation id: the caller's
 * `X-Correlation-Id` when it is a sane token, else a new UUID. The id is echoed back, put on
 * every log line of the request (`req.log`) and stored on the events the request writes.
 */
export function correlation(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    genReqId: (req, res) => {
      const given = req.headers[HEADER];
      const id = typeof given === 'string' && SAFE_ID.test(given) ? given : randomUUID();
      res.setHeader('X-Correlation-Id', id);
      return id;
    },
    customAttributeKeys: { reqId: 'correlationId' },
    // Without it pino-http ignores the key above: the request's own lines (req.log) then carry no id.
    quietReqLogger: true,
    // The body is personal data; the URL and status are what an operator needs.
    serializers: { req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url }) },
  });
}

export const correlationIdOf = (req: { id?: unknown }): string => String(req.id);
