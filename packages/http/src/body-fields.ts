import { STATUS_BY_CODE } from './error-status';
import { HttpError } from './http-error';

/**
 * A refusal from below the edge (domain, case file) names its field by the domain's name in
 * `details.field`. Where the request body calls that field otherwise (the terminate body's
 * `reason` is the domain's `ground`; a work order's `receivedAt` is the case's `occurredAt`),
 * this gives the same answer under the body's name, so the issues point at the field sent.
 * Any other error is returned as it is.
 *
 * @example
 * await handle(command).catch((error: unknown) => { throw inBodyTerms(error, { ground: 'reason' }); });
 */
export function inBodyTerms(error: unknown, names: Readonly<Record<string, string>>): unknown {
  const { code, message, details } = (error ?? {}) as { code?: unknown; message?: unknown; details?: Record<string, unknown> };
  const field = details?.field;
  const renamed = typeof field === 'string' && Object.hasOwn(names, field) ? names[field] : undefined;
  const status = typeof code === 'string' ? STATUS_BY_CODE[code] : undefined;
  if (renamed === undefined || status === undefined) return error;
  const { field: _field, ...facts } = details ?? {};
  const text = typeof message === 'string' ? message : String(code);
  return new HttpError(status, code as string, text, [{ path: renamed, message: text }], facts);
}
