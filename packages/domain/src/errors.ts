/** Stable codes, mapped to HTTP once at the edge (illegal state → 409, bad value → 422). */
export type CaseErrorCode =
  | 'case/already-registered'
  | 'case/not-registered'
  | 'case/illegal-transition'
  | 'case/invalid-time'
  | 'case/no-rulebook'
  | 'case/ground-not-in-rulebook'
  | 'case/invalid-amount'
  | 'case/invalid-input';

/**
 * A command the case refuses. Returned by `decide`, never thrown, so a caller cannot
 * forget that a command may be refused.
 */
export class CaseError extends Error {
  override readonly name = 'CaseError';

  constructor(
    readonly code: CaseErrorCode,
    message: string,
    /** Machine-readable facts for the caller, e.g. `{ status, command }`. */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

export const isCaseError = (value: unknown): value is CaseError => value instanceof CaseError;
