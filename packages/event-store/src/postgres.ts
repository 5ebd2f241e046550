import pg from 'pg';
import { InvalidOption } from './errors';
import { ONE_COMMAND_PER_TRANSACTION, SERVER_GROUP_COMMIT } from './sql/group-commit';
import { createPgClient } from './sql/pg-client';
import { schemaNames } from './sql/schema';
import { createSqlEventStore } from './sql/sql-event-store';
import type { EventStore } from './types';

export interface PostgresEventStoreOptions {
  /** e.g. `postgres://postgres@127.0.0.1:5432/test`; or pass `pool`, which the store will not close. */
  readonly connectionString?: string;
  readonly pool?: pg.Pool;
  /** Connections of the pool the store opens from `connectionString`. Default 10. */
  readonly poolSize?: number;
  /** PostgreSQL schema holding the tables. Default `event_store`. */
  readonly schema?: string;
  /**
   * Default true: concurrent appends share transactions when the store is busy (each still
   * succeeds or fails alone). False: one transaction per append.
   */
  readonly groupCommit?: boolean;
}


/**
 * The production store. Creates or upgrades its schema before resolving.
 * @example
 * const store = await createPostgresEventStore({ connectionString: process.env.DATABASE_URL });
 */
export async function createPostgresEventStore(options: PostgresEventStoreOptions): Promise<EventStore> {
  const names = schemaNames(options.schema);
  if (!options.pool === !options.connectionString) throw new InvalidOption('pass exactly one of connectionString and pool');
  const pool = options.pool ?? new pg.Pool({ connectionString: options.connectionString, max: options.poolSize ?? 10 });
  const client = createPgClient(pool, !options.pool);
  try {
    return await createSqlEventStore(client, names, options.groupCommit === false ? ONE_COMMAND_PER_TRANSACTION : SERVER_GROUP_COMMIT);
  } catch (error) {
    await client.close();
    throw error;
  }
}
