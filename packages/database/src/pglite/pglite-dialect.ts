import type { PGliteInterface } from '@electric-sql/pglite';
import {
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type TransactionSettings,
} from 'kysely';
import { PgliteConnection } from './pglite-connection';

/** PostgreSQL's SQL, adapter and introspection, over the driver below. */
export class PgliteDialect implements Dialect {
  constructor(private readonly pglite: PGliteInterface) {}

  createDriver = (): Driver => new PgliteDriver(this.pglite);
  createQueryCompiler = () => new PostgresQueryCompiler();
  createAdapter = () => new PostgresAdapter();
  createIntrospector = (db: Kysely<unknown>) => new PostgresIntrospector(db);
}

/**
 * PGlite queues every query behind its own mutex, so there is no pool: each acquisition is a
 * fresh connection object, and only transactions need state (see PgliteConnection).
 * `destroy` leaves PGlite open: its owner (openEmbeddedPostgres, a test) closes it.
 */
class PgliteDriver implements Driver {
  constructor(private readonly pglite: PGliteInterface) {}

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return new PgliteConnection(this.pglite);
  }

  beginTransaction = (connection: DatabaseConnection, settings: TransactionSettings) => (connection as PgliteConnection).begin(settings);
  commitTransaction = (connection: DatabaseConnection) => (connection as PgliteConnection).commit();
  rollbackTransaction = (connection: DatabaseConnection) => (connection as PgliteConnection).rollback();

  async releaseConnection(): Promise<void> {}

  async destroy(): Promise<void> {}
}
