import { ROLES, type Role } from '@hotline/domain';

/** The roles a person signs in with; `integration` is the 12345 push, which signs its requests instead. */
export const USER_ROLES = ROLES.filter((role): role is Exclude<Role, 'integration'> => role !== 'integration');
export type UserRole = (typeof USER_ROLES)[number];

export const isUserRole = (value: unknown): value is UserRole => USER_ROLES.includes(value as UserRole);

/** A person who may sign in. The password hash and the lockout counters never leave the directory. */
export interface User {
  readonly id: string;
  /** Lower case: usernames ignore case. */
  readonly username: string;
  readonly displayName: string;
  readonly role: UserRole;
  readonly district: string;
  readonly stationId?: string;
  /** A demo account (password `demo`): refused when NODE_ENV=production. */
  readonly demo: boolean;
}

/** A user as the admins see them: besides who they are, until when the account is locked (null: it is not). */
export interface Account extends User {
  readonly lockedUntil: Date | null;
}
