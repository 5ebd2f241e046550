import { parseOrIssues, slug, text } from '@hotline/contracts';
import * as z from 'zod';
import { InvalidUser } from '../errors';
import { USER_ROLES, type UserRole } from './user';

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

export const MIN_PASSWORD_LENGTH = 8;
// The login body takes at most 200 characters: a longer password could never sign in.
const MAX_PASSWORD_LENGTH = 200;

const fieldError = (name: string, otherwise: string) => (issue: { input?: unknown }) => (issue.input === undefined ? `${name} is required` : otherwise);

/** The rules of an account, with the shortest password allowed (the demo accounts' is shorter than people's). */
function accountSchema(minPasswordLength: number) {
  const usernameRule = 'username must be 3–32 characters of a-z, 0-9, _, . and -';
  return z
    .strictObject(
      {
        // Usernames ignore case: stored lower-cased.
        username: z.string({ error: fieldError('username', usernameRule) }).toLowerCase().regex(/^[a-z0-9_.-]{3,32}$/, usernameRule),
        // Taken exactly as typed: trimming would change the password.
        password: z
          .string({ error: fieldError('password', 'password must be a string') })
          .min(minPasswordLength, `password must be at least ${minPasswordLength} characters`)
          .max(MAX_PASSWORD_LENGTH, `password must be at most ${MAX_PASSWORD_LENGTH} characters`),
        displayName: text('displayName', { max: 64 }),
        role: z.enum(USER_ROLES, { error: fieldError('role', `role must be one of ${USER_ROLES.join(', ')}`) }),
        district: slug('district'),
        stationId: slug('stationId').optional(),
      },
      { error: fieldError('body', 'the request body must be a JSON object') },
    )
    .superRefine((user, ctx) => {
      // A mediator's cases are their station's (ROLE_TABLE): without one they could reach none.
      if (user.role === 'mediator' && user.stationId === undefined) {
        ctx.addIssue({ code: 'custom', path: ['stationId'], message: 'a mediator works at a station: stationId is required' });
      }
    });
}

/** `POST /api/v1/users`: an account as an admin creates it; never a demo account. */
export const newUserBodySchema = accountSchema(MIN_PASSWORD_LENGTH);
const demoUserSchema = accountSchema(1);

/**
 * The new user with its username lower-cased and its display name trimmed, or `InvalidUser`
 * naming every broken field.
 *
 * @example
 * checkedNewUser({ username: 'Li.Na', password: 'short', ... })
 * // throws InvalidUser: [{ path: 'password', message: 'password must be at least 8 characters' }]
 */
export function checkedNewUser({ demo, ...account }: NewUser): CheckedNewUser {
  const parsed = parseOrIssues(demo ? demoUserSchema : newUserBodySchema, account);
  if (!parsed.ok) throw new InvalidUser(parsed.issues);
  return { ...parsed.value, ...(demo !== undefined && { demo }) };
}
