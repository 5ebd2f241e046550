/**
 * `npm run admin -- <command>`: the operators' command line. Each command opens the storage
 * `npm start` opens (the same environment: DATABASE_URL and DATABASE_SCHEMA, else PGlite in
 * DATA_DIR), does its work and closes it. Exit codes: 0 done, 1 failed (the message says why),
 * 2 the command line is wrong.
 */
import { Command, CommanderError } from 'commander';
import { registerCasesHistory } from './cases-history';
import { registerImport } from './import-cases';
import { registerProjectionsRebuild } from './projections-rebuild';
import { registerReportsPeriod } from './reports-period';
import { registerSecretsRotateJwt } from './secrets-rotate-jwt';
import { UsageError } from './support/usage-error';
import { registerUsersCreate } from './users-create';
import { registerUsersList } from './users-list';
import { registerVerify } from './verify';

const program = new Command('npm run admin --')
  .description('Operate the 12315/12345 case system: accounts, secrets, read models, case histories, hash chains, reports, legacy imports.')
  // Commander exits by itself on a bad command line; thrown instead, the exit codes stay ours.
  .exitOverride()
  .showHelpAfterError('(add --help for usage)')
  .addHelpText(
    'after',
    `
Storage as for npm start: PostgreSQL with DATABASE_URL (and DATABASE_SCHEMA), else the embedded
store in DATA_DIR (default ./.data), which one process uses at a time: stop npm start first.
Exit codes: 0 done, 1 failed, 2 wrong command line. Commands: docs/case-admin.md.`,
  );

// Subcommands made with .command() inherit exitOverride and the help settings above.
const users = program.command('users').description('accounts of the people who sign in');
registerUsersCreate(users);
registerUsersList(users);
registerSecretsRotateJwt(program.command('secrets').description('the secrets the services share'));
registerProjectionsRebuild(program.command('projections').description('the read models (case list, figures)'));
registerCasesHistory(program.command('cases').description('one case'));
registerVerify(program);
registerReportsPeriod(program.command('reports').description("the bureau's reports"));
registerImport(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = exitCodeOf(error);
}

function exitCodeOf(error: unknown): number {
  // Commander has printed its message (or the help) already.
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  return error instanceof UsageError ? 2 : 1;
}
