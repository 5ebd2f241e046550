import { type Kysely, type Migration, Migrator, sql } from 'kysely';
import { MigrationFailed } from '../errors';
import { checkedIdentifier } from '../identifier';

/** One owner's migrations, keyed by names that sort in the order they must run ('0001-users'). */
export type Migrations = Readonly<Record<string, Migration>>;

export interface MigrationPlan {
  /** The owner ('access', 'read_models'): its history is kept in `${name}_migrations`. */
  readonly name: string;
  readonly migrations: Migrations;
}

/**
 * Applies the owner's pending migrations in name order, in one transaction, and returns the
 * names applied (none on a second run). Each package keeps its own history table, so packages
 * sharing one database never see each other's migrations.
 *
 * @example
 * await migrateToLatest(db, { name: 'access', migrations: { '0001-users': { up: (db) => ... } } });
 * // tables access_migrations and access_migrations_lock record what ran
 */
export async function migrateToLatest(db: Kysely<any>, { name, migrations }: MigrationPlan): Promise<string[]> {
  const owner = checkedIdentifier('migration owner', name);
  // Kysely looks for its history tables in every schema unless told which: a copy left in
  // another schema (another suite, another deployment) would pass for ours.
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const migrator = new Migrator({
    db,
    migrationTableSchema: rows[0]?.schema ?? 'public',
    provider: { getMigrations: async () => migrations },
    migrationTableName: `${owner}_migrations`,
    migrationLockTableName: `${owner}_migrations_lock`,
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error !== undefined) {
    throw new MigrationFailed(owner, results.find((result) => result.status === 'Error')?.migrationName, { cause: error });
  }
  return results.map((result) => result.migrationName);
}
