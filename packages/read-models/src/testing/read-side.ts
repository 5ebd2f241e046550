import { migrateToLatest, openTestDatabases, type TestDatabase } from '@hotline/database';
import { createPgliteEventStore, createPostgresEventStore, type EventStore } from '@hotline/event-store';
import type { Kysely } from 'kysely';
import { CHECKPOINT_MIGRATIONS } from '../runner/checkpoints';

/** An event store and the read-model database beside it, as a process runs them. */
export interface ReadSide {
  readonly store: EventStore;
  readonly db: Kysely<any>;
  close(): Promise<void>;
}

/** Opens a fresh read side on `database` (PGlite in memory, or a throwaway PostgreSQL schema). */
export async function openReadSide(database: TestDatabase): Promise<ReadSide> {
  const test = await database.open();
  const store = test.pglite
    ? await createPgliteEventStore({ pglite: test.pglite })
    : await createPostgresEventStore({ pool: test.pool as never, schema: `${test.schema}_events` });
  await migrateToLatest(test.db, { name: 'read_models', migrations: CHECKPOINT_MIGRATIONS });
  return {
    store,
    db: test.db,
    async close() {
      await store.close();
      if (test.pool) await test.pool.query(`drop schema if exists "${test.schema}_events" cascade`);
      await test.close();
    },
  };
}

export const readSideDatabases = openTestDatabases;
