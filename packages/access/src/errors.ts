import type { Issue } from '@hotline/contracts';

export type AccessErrorCode = 'access/invalid-user' | 'access/duplicate-username' | 'access/weak-secret' | 'access/demo-in-production';

/** Base of every error this package throws on purpose; `code` is stable, `message` is for people. */
export abstract class AccessError extends Error {
  abstract readonly code: AccessErrorCode;
}

/** A new user's fields break the rules; `issues` names each field, as the 400 envelope does. */
export class InvalidUser extends AccessError {
  override readonly name = 'InvalidUser';
  readonly code = 'access/invalid-user';

  constructor(readonly issues: readonly Issue[]) {
    super(`the user is invalid: ${issues.map((issue) => issue.message).join('; ')}`);
  }
}

export class DuplicateUsername extends AccessError {
  override readonly name = 'DuplicateUsername';
  readonly code = 'access/duplicate-username';

  constructor(
    readonly username: string,
    options?: ErrorOptions,
  ) {
    super(`the username "${username}" is taken (usernames ignore case)`, options);
  }
}

/** A signing secret short enough to brute-force, or none at all. */
export class WeakSecret extends AccessError {
  override readonly name = 'WeakSecret';
  readonly code = 'access/weak-secret';
}

/** The demo accounts have the well-known password `demo`: never in production. */
export class DemoInProduction extends AccessError {
  override readonly name = 'DemoInProduction';
  readonly code = 'access/demo-in-production';

  constructor() {
    super('demo users are not seeded when NODE_ENV=production: create real accounts instead');
  }
}

export const isAccessError = (value: unknown): value is AccessError => value instanceof AccessError;
