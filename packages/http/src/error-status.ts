/**
 * The HTTP status of each stable error code thrown below the edge (domain, calendar, store,
 * case file). One table, so a new code is one line and never a 500 by accident.
 */
export const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  'case/not-registered': 404,
  'case/already-registered': 409,
  'case/illegal-transition': 409,
  'case/version-conflict': 409,
  'case/no-such-moment': 404,
  'case/invalid-time': 400,
  'case/invalid-input': 400,
  'case/invalid-amount': 400,
  'case/ground-not-in-rulebook': 400,
  'case/no-rulebook': 400,
  // A clock would end in a year whose holiday notice is not loaded: the request is fine, the data is not.
  'calendar/no-data-for-year': 422,
  'calendar/invalid-date': 400,
  'store/invalid-append': 400,
  'store/invalid-read': 400,
  'store/idempotency-conflict': 409,
  'access/duplicate-username': 409,
  'access/invalid-user': 400,
};

/** Driver errors that mean the database is out of reach: answer 503 and let the client retry. */
const UNAVAILABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '08000',
  '08001',
  '08003',
  '08006',
]);

export function isUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && UNAVAILABLE.has(code)) return true;
  // pg's own words: the socket closed under a query, no connection in time, or a query sent on a connection already lost.
  return typeof message === 'string' && /Connection terminated|timeout exceeded when trying to connect|connection error and is not queryable/i.test(message);
}

/**
 * A PostgreSQL data exception (SQLSTATE class 22): a value every query sends as a parameter, but
 * one the database cannot hold or compare, such as a date before year 1 or after 9999 once in
 * Asia/Shanghai, or a NUL character in text. The request is at fault, not the server: a 400.
 * Validation should refuse such values first, naming the field; this is the net under it.
 */
export function isDataException(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code);
}
