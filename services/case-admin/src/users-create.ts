import { createUserDirectory, USER_ROLES, type AccessTables } from '@hotline/access';
import { Option, type Command } from 'commander';
import type { Kysely } from 'kysely';
import { readPassword } from './support/password-input';
import { TABLES, withStorage } from './support/storage';

interface Options {
  readonly username: string;
  readonly role: string;
  readonly district: string;
  readonly station?: string;
  readonly name: string;
  readonly passwordStdin?: boolean;
}

/** `users create`: a person's account, as an admin creates one through the API. */
export function registerUsersCreate(users: Command): void {
  users
    .command('create')
    .description("create a person's account; the password is asked for twice without echo, or read from standard input")
    .requiredOption('--username <username>', '3–32 characters of a-z 0-9 _ . - (case is ignored)')
    .addOption(new Option('--role <role>', 'what they do').choices(USER_ROLES).makeOptionMandatory())
    .requiredOption('--district <district>', 'the district they work in, e.g. wuchang')
    .option('--station <station>', 'their station, e.g. zhongnan (a mediator needs one)')
    .requiredOption('--name <name>', 'their name as colleagues see it, e.g. 李娜')
    .option('--password-stdin', 'read the password from standard input (at least 8 characters)')
    .addHelpText('after', '\nExample:\n  printf %s "$PASSWORD" | npm run admin -- users create --username li.na --role mediator --district wuchang --station zhongnan --name 李娜 --password-stdin')
    .action(async (options: Options) => {
      // Asked before the storage opens: nobody waits on a prompt while holding the data directory.
      const password = await readPassword(options.passwordStdin === true);
      const user = await withStorage([TABLES.access], (storage) =>
        createUserDirectory(storage.db as Kysely<AccessTables>).create({
          username: options.username,
          password,
          displayName: options.name,
          role: options.role,
          district: options.district,
          ...(options.station !== undefined && { stationId: options.station }),
        }),
      );
      const where = user.stationId ? `${user.district}/${user.stationId}` : user.district;
      console.log(`created ${user.role} ${user.username} (${user.displayName}) in ${where}, id ${user.id}`);
    });
}
