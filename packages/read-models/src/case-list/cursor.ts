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

export const encodeCursor = (cursor: ListCursor): string => Buffer.from(JSON.stringify([cursor.receivedAt, cursor.caseId])).toString('base64url');

export function decodeCursor(text: string): ListCursor {
  try {
    const [receivedAt, caseId] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
    if (typeof receivedAt === 'string' && !Number.isNaN(Date.parse(receivedAt)) && typeof caseId === 'string') return { receivedAt, caseId };
  } catch {
    // Falls through: any text that is not our cursor is the same bad input.
  }
  throw new InvalidCursor();
}
