import type { Issue } from '@hotline/contracts';

/** An answer other than success, with a stable code; mapped to the error envelope by `errorHandler`. */
export class HttpError extends Error {
  override readonly name = 'HttpError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues?: readonly Issue[],
    /** Extra fields of the envelope, e.g. `{ currentVersion }` on a conflict. */
    readonly extra: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

export const badInput = (message: string, issues: readonly Issue[]) => new HttpError(400, 'input/invalid', message, issues);
export const notFound = (what: string) => new HttpError(404, 'not-found', `${what} not found`);
