import type { Issue } from '@hotline/contracts';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { STATUS_BY_CODE, isDataException, isUnavailable } from './error-status';
import { HttpError } from './http-error';

interface Envelope {
  status: number;
  body: { error: { code: string; message: string; issues?: readonly Issue[] } & Record<string, unknown> };
}

/** express.json's own errors carry a `type` such as 'entity.parse.failed'. */
const BODY_PARSER: Readonly<Record<string, { status: number; code: string; message: string }>> = {
  'entity.parse.failed': { status: 400, code: 'input/malformed-json', message: 'the request body is not valid JSON' },
  'entity.too.large': { status: 413, code: 'input/too-large', message: 'the request body is too large' },
  'encoding.unsupported': { status: 415, code: 'input/unsupported-encoding', message: 'unsupported content encoding' },
  'charset.unsupported': { status: 415, code: 'input/unsupported-charset', message: 'unsupported charset: send UTF-8' },
};

function envelope(error: unknown): Envelope | undefined {
  if (error instanceof HttpError) {
    return { status: error.status, body: { error: { code: error.code, message: error.message, ...error.extra, ...(error.issues && { issues: error.issues }) } } };
  }
  const { code, type, message, details } = (error ?? {}) as { code?: unknown; type?: unknown; message?: unknown; details?: Record<string, unknown> };
  if (typeof type === 'string' && BODY_PARSER[type]) {
    const { status, ...rest } = BODY_PARSER[type];
    return { status, body: { error: rest } };
  }
  if (typeof code === 'string' && STATUS_BY_CODE[code]) {
    const { field, ...facts } = details ?? {};
    const text = typeof message === 'string' ? message : code;
    const issues = typeof field === 'string' ? [{ path: field, message: text }] : undefined;
    return { status: STATUS_BY_CODE[code], body: { error: { code, message: text, ...facts, ...(issues && { issues }) } } };
  }
  if (error instanceof URIError) {
    return { status: 400, body: { error: { code: 'input/malformed-url', message: 'the URL has a malformed percent-encoding' } } };
  }
  // express's body parsers mark the client's faults with a 4xx `status` (http-errors), e.g. a
  // body that is not the gzip its Content-Encoding says, or shorter than its Content-Length.
  const { status } = (error ?? {}) as { status?: unknown };
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { status, body: { error: { code: 'input/unreadable', message: 'the request body could not be read as sent (its encoding or length is wrong)' } } };
  }
  if (isDataException(error)) {
    return { status: 400, body: { error: { code: 'input/out-of-range', message: 'a value in the request is beyond what the database can hold or compare (a date too far, a NUL character)' } } };
  }
  if (isUnavailable(error)) {
    return { status: 503, body: { error: { code: 'unavailable', message: 'the database is out of reach; retry shortly' } } };
  }
  return undefined;
}

/**
 * The one place errors become HTTP answers: `{ error: { code, message, issues? } }`. Anything
 * unexpected is logged with its stack and answered 500 without internals.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const known = envelope(error);
    if (known) {
      if (known.status === 503) res.set('Retry-After', '2');
      // Logged: the database refused what validation let through, and validation should learn it.
      if (isDataException(error)) (req.log ?? logger).warn({ err: error }, 'a request value the database refused');
      res.status(known.status).json(known.body);
      return;
    }
    (req.log ?? logger).error({ err: error }, 'unexpected error');
    res.status(500).json({ error: { code: 'internal', message: 'something went wrong on our side' } });
  };
}

export const unknownRoute: RequestHandler = (req, _res, next) =>
  next(new HttpError(404, 'not-found', `no such endpoint: ${req.method} ${req.path}`));
