import { createUserDirectory, type AccessTables } from '@hotline/access';
import type { Command } from 'commander';
import type { Kysely } from 'kysely';
import { shanghaiTime } from './support/shanghai-time';
import { TABLES, withStorage } from './support/storage';
import { formatTable } from './support/table';

/** `users list`: every account, as admins see them (never a password hash). */
export function registerUsersList(users: Command): void {
  users
    .command('list')
    .description('list every account by username, with its lock while one lasts')
    .action(async () => {
      const now = new Date();
      const accounts = await withStorage([TABLES.access], (storage) => createUserDirectory(storage.db as Kysely<AccessTables>).list(now));
      const rows = accounts.map((account) => [
        account.username,
        account.role,
        account.district,
        account.stationId ?? '',
        account.demo ? 'demo' : '',
        account.lockedUntil ? `until ${shanghaiTime(account.lockedUntil)}` : '',
        account.displayName,
      ]);
      console.log(formatTable(['username', 'role', 'district', 'station', 'demo', 'locked', 'name'], rows));
      console.log(`${accounts.length} account${accounts.length === 1 ? '' : 's'}`);
    });
}
