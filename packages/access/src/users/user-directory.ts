import { randomUUID } from 'node:crypto';
import { type Kysely, type Selectable, sql } from 'kysely';
import { DuplicateUsername } from '../errors';
import { LOCKOUT, lockedUntilAfter } from './lockout';
import { checkedNewUser, type NewUser } from './new-user';
import { dummyHash, hashPassword, verifyPassword } from './passwords';
import type { AccessTables, UsersTable } from './tables';
import type { Account, User, UserRole } from './user';

export type SignInResult =
  | { readonly ok: true; readonly user: User }
  | { readonly ok: false; readonly reason: 'unknown_or_wrong' }
  | { readonly ok: false; readonly reason: 'locked'; readonly lockedUntil: Date };

export interface UserDirectory {
  /** Adds a user; `InvalidUser` for broken fields, `DuplicateUsername` if the name is taken in any case. */
  create(input: NewUser): Promise<User>;
  /** The user, whatever the case of `username`. */
  findByUsername(username: string): Promise<User | undefined>;
  /**
   * Checks a password at `now`. Unknown user and wrong password are one answer; after
   * {@link LOCKOUT}.maxFailures consecutive wrong passwords the account is locked (that attempt
   * already answers `locked`) and every attempt is refused until `lockedUntil`, right password or not.
   */
  signIn(username: string, password: string, now: Date): Promise<SignInResult>;
  /** Every account by username, each with its lock as it stands at `now`. */
  list(now: Date): Promise<Account[]>;
  /** Lifts the account's lock and forgets its wrong passwords; undefined when there is no user `id`. */
  unlock(id: string): Promise<Account | undefined>;
}

const UNIQUE_VIOLATION = '23505';

/**
 * The accounts, over a database migrated by `migrateAccess`.
 *
 * @example
 * const users = createUserDirectory(db);
 * await users.create({ username: 'li.na', password: 'correct horse', displayName: '李娜', role: 'mediator', district: 'wuchang', stationId: 'zhongnan' });
 * await users.signIn('Li.Na', 'correct horse', new Date()); // { ok: true, user: { username: 'li.na', ... } }
 */
export function createUserDirectory(db: Kysely<AccessTables>): UserDirectory {
  const rowOf = (username: string) => db.selectFrom('users').selectAll().where('username', '=', username.toLowerCase()).executeTakeFirst();

  return {
    async create(input) {
      const user = checkedNewUser(input);
      const row = {
        id: randomUUID(),
        username: user.username,
        password_hash: await hashPassword(user.password),
        display_name: user.displayName,
        role: user.role,
        district: user.district,
        station_id: user.stationId ?? null,
        demo: user.demo ?? false,
      };
      try {
        await db.insertInto('users').values(row).execute();
      } catch (error) {
        if ((error as { code?: unknown }).code === UNIQUE_VIOLATION) throw new DuplicateUsername(user.username, { cause: error });
        throw error;
      }
      return userOf(row);
    },

    async findByUsername(username) {
      const row = await rowOf(username);
      return row && userOf(row);
    },

    async signIn(username, password, now) {
      const row = await rowOf(username);
      if (row?.locked_until && row.locked_until > now) return { ok: false, reason: 'locked', lockedUntil: row.locked_until };
      // An unknown user costs one verification too, so timing does not reveal who exists.
      const matches = await verifyPassword(row?.password_hash ?? (await dummyHash()), password);
      if (!row) return { ok: false, reason: 'unknown_or_wrong' };
      if (matches) {
        if (row.failed_logins > 0) await db.updateTable('users').set({ failed_logins: 0 }).where('id', '=', row.id).execute();
        return { ok: true, user: userOf(row) };
      }
      const lockedUntil = await recordFailure(db, row.id, lockedUntilAfter(now));
      return lockedUntil && lockedUntil > now ? { ok: false, reason: 'locked', lockedUntil } : { ok: false, reason: 'unknown_or_wrong' };
    },

    async list(now) {
      // Byte order: the same on every server, whatever its locale does with '.' and '_'.
      const rows = await db.selectFrom('users').selectAll().orderBy(sql`username collate "C"`).execute();
      // A lock that has run out is no lock: the next sign-in goes through.
      return rows.map((row) => ({ ...userOf(row), lockedUntil: row.locked_until && row.locked_until > now ? row.locked_until : null }));
    },

    async unlock(id) {
      const row = await db.updateTable('users').set({ failed_logins: 0, locked_until: null }).where('id', '=', id).returningAll().executeTakeFirst();
      return row && { ...userOf(row), lockedUntil: null };
    },
  };
}

/**
 * Counts a wrong password in one statement (two attempts at once both count) and locks at the
 * limit, starting a fresh count for after the lock.
 */
async function recordFailure(db: Kysely<AccessTables>, id: string, lockUntil: Date): Promise<Date | null> {
  const reachesLimit = sql<boolean>`failed_logins + 1 >= ${sql.lit(LOCKOUT.maxFailures)}`;
  const { locked_until } = await db
    .updateTable('users')
    .set({
      failed_logins: sql`case when ${reachesLimit} then 0 else failed_logins + 1 end`,
      locked_until: sql`case when ${reachesLimit} then ${lockUntil}::timestamptz else locked_until end`,
    })
    .where('id', '=', id)
    .returning('locked_until')
    .executeTakeFirstOrThrow();
  return locked_until;
}

function userOf(row: Pick<Selectable<UsersTable>, 'id' | 'username' | 'display_name' | 'role' | 'district' | 'station_id' | 'demo'>): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as UserRole,
    district: row.district,
    ...(row.station_id !== null && { stationId: row.station_id }),
    demo: row.demo,
  };
}
