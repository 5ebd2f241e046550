// The public surface of @hotline/database.
export { openEmbeddedPostgres, type EmbeddedPostgres } from './embedded/open-embedded-postgres';
export { createKysely, type DatabaseSource } from './create-kysely';
export { createPool, type PoolOptions } from './postgres/create-pool';
export { ensureSchema } from './ensure-schema';
export { migrateToLatest, type Migrations, type MigrationPlan } from './migrations/migrate-to-latest';
export {
  DatabaseError,
  DataDirLocked,
  MigrationFailed,
  InvalidName,
  isDatabaseError,
  type DatabaseErrorCode,
} from './errors';
export { openTestDatabases, type TestDatabase, type OpenedTestDatabase } from './testing';
