import { type Migrations, migrateToLatest } from '@hotline/database';
import { type Kysely, sql } from 'kysely';

export const ACCESS_MIGRATIONS: Migrations = {
  '0001-users': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (column) => column.primaryKey())
        // Stored lower-cased, so `unique` is case-insensitive; the check keeps it so.
        .addColumn('username', 'text', (column) => column.notNull().unique().check(sql`username = lower(username)`))
        .addColumn('password_hash', 'text', (column) => column.notNull())
        .addColumn('display_name', 'text', (column) => column.notNull())
        .addColumn('role', 'text', (column) => column.notNull())
        .addColumn('district', 'text', (column) => column.notNull())
        .addColumn('station_id', 'text')
        .addColumn('failed_logins', 'integer', (column) => column.notNull().defaultTo(0))
        .addColumn('locked_until', 'timestamptz')
        .addColumn('demo', 'boolean', (column) => column.notNull().defaultTo(false))
        .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
        .execute();
    },
  },
};

/**
 * Creates or updates the access tables; a no-op when they are current.
 *
 * @example
 * await migrateAccess(db); // history in access_migrations
 */
export async function migrateAccess(db: Kysely<any>): Promise<void> {
  await migrateToLatest(db, { name: 'access', migrations: ACCESS_MIGRATIONS });
}
