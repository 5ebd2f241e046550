/** Where a page ended: the last case's receipt time and id (the list's sort key). */
export interface ListCursor {
  readonly receivedAt: string;
  readonly caseId: string;
}

export class InvalidCursor extends Error {
  constructor() {
    super('cursor must be the opaque cursor returned by the previous page');
    this.name = 'InvalidCursor';
  }
}

/** A case id as the case list holds it: a UUID (any RFC 9562 version). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A receipt time as `encodeCursor` writes it: `Date#toISOString`, in UTC. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
/** The years a receipt time can hold (as the API's instants and civil dates): PostgreSQL fails on some beyond. */
const EARLIEST = Date.UTC(1900, 0, 1);
const AFTER_LAST = Date.UTC(9999, 0, 1);

const isReceiptTime = (value: unknown): value is string => {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value)) return false;
  const at = Date.parse(value);
  // The round trip refuses a date that does not exist (2026-02-30) but that Date.parse rolls over.
  return at >= EARLIEST && at < AFTER_LAST && new Date(at).toISOString() === value;
};

export const encodeCursor = (cursor: ListCursor): string => Buffer.from(JSON.stringify([cursor.receivedAt, cursor.caseId])).toString('base64url');

/**
 * The sort key a cursor holds; anything else, including a forged cursor whose values would reach
 * PostgreSQL out of its range (a NUL in the id, a year past 9998), is `InvalidCursor`.
 */
export function decodeCursor(text: string): ListCursor {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(decoded) && decoded.length === 2) {
      const [receivedAt, caseId] = decoded as unknown[];
      if (isReceiptTime(receivedAt) && typeof caseId === 'string' && UUID.test(caseId)) return { receivedAt, caseId };
    }
  } catch {
    // Falls through: any text that is not our cursor is the same bad input.
  }
  throw new InvalidCursor();
}
