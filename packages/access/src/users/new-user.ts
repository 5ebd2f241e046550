import type { Issue } from '@hotline/contracts';
import { InvalidUser } from '../errors';
import { isUserRole, USER_ROLES, type UserRole } from './user';

export interface NewUser {
  readonly username: string;
  readonly password: string;
  readonly displayName: string;
  readonly role: string;
  readonly district: string;
  readonly stationId?: string;
  /** A demo account: its short password is allowed, and it is refused in production. */
  readonly demo?: boolean;
}

export interface CheckedNewUser extends NewUser {
  readonly role: UserRole;
}

const USERNAME = /^[a-z0-9_.-]{3,32}$/;
const SLUG = /^[a-z0-9_-]{1,64}$/;
export const MIN_PASSWORD_LENGTH = 8;
// The login body takes at most 200 characters: a longer password could never sign in.
const MAX_PASSWORD_LENGTH = 200;

/**
 * The new user with its username lower-cased, or `InvalidUser` naming every broken field.
 *
 * @example
 * checkedNewUser({ username: 'Li.Na', password: 'short', ... })
 * // throws InvalidUser: [{ path: 'password', message: 'password must be at least 8 characters' }]
 */
export function checkedNewUser(input: NewUser): CheckedNewUser {
  const username = input.username.toLowerCase();
  const displayName = input.displayName.trim();
  const issues: Issue[] = [];
  const check = (ok: boolean, path: string, message: string) => ok || issues.push({ path, message });

  check(USERNAME.test(username), 'username', 'username must be 3–32 characters of a-z, 0-9, _, . and -');
  check(input.demo === true || input.password.length >= MIN_PASSWORD_LENGTH, 'password', `password must be at least ${MIN_PASSWORD_LENGTH} characters`);
  check(input.password.length <= MAX_PASSWORD_LENGTH, 'password', `password must be at most ${MAX_PASSWORD_LENGTH} characters`);
  check(displayName.length >= 1 && displayName.length <= 64, 'displayName', 'displayName must be 1–64 characters');
  check(isUserRole(input.role), 'role', `role must be one of ${USER_ROLES.join(', ')}`);
  check(SLUG.test(input.district), 'district', 'district must be 1–64 characters of a-z, 0-9, _ or -');
  check(input.stationId === undefined || SLUG.test(input.stationId), 'stationId', 'stationId must be 1–64 characters of a-z, 0-9, _ or -');
  if (issues.length > 0) throw new InvalidUser(issues);

  return { ...input, username, displayName, role: input.role as UserRole };
}
