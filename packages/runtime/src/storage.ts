import { createKysely, createPool, ensureSchema, migrateToLatest, openEmbeddedPostgres, type MigrationPlan } from '@hotline/database';
import { createEsdbEventStore, createPgliteEventStore, createPostgresEventStore, type EventStore } from '@hotline/event-store';
import type { Kysely } from 'kysely';
import { join } from 'node:path';
import type { Config } from './config';

export interface Storage {
  readonly store: EventStore;
  readonly db: Kysely<unknown>;
  /** What the process runs on, for the start-up banner. */
  readonly description: string;
  close(): Promise<void>;
}

/**
 * The event store and the database the configuration names: PostgreSQL with DATABASE_URL,
 * else PGlite in DATA_DIR (one process per directory); EventStoreDB for events with EVENTSTORE_URL.
 * The tables of every owner in `migrations` (the services this process runs) are migrated
 * before this resolves.
 */
export async function openStorage(config: Config, migrations: readonly MigrationPlan[]): Promise<Storage> {
  const closers: (() => Promise<void>)[] = [];
  let db: Kysely<unknown>;
  let store: EventStore;
  let description: string;
  if (config.DATABASE_URL) {
    const schema = config.DATABASE_SCHEMA;
    const pool = createPool({ connectionString: config.DATABASE_URL, ...(schema && { schema }) });
    closers.push(() => pool.end());
    db = createKysely({ pool });
    if (schema) await ensureSchema(db, schema);
    store = config.EVENTSTORE_URL
      ? await createEsdbEventStore({ connectionString: config.EVENTSTORE_URL })
      : await createPostgresEventStore({ pool, ...(schema && { schema: `${schema}_events` }) });
    description = `PostgreSQL ${new URL(config.DATABASE_URL).host}`;
  } else {
    const embedded = await openEmbeddedPostgres({ dataDir: join(config.DATA_DIR, 'pglite') });
    closers.push(() => embedded.close());
    db = createKysely({ pglite: embedded.pglite });
    store = config.EVENTSTORE_URL
      ? await createEsdbEventStore({ connectionString: config.EVENTSTORE_URL })
      : await createPgliteEventStore({ pglite: embedded.pglite });
    description = `embedded PGlite in ${config.DATA_DIR}`;
  }
  closers.unshift(() => store.close());
  if (config.EVENTSTORE_URL) description += `, events in EventStoreDB`;
  for (const plan of migrations) await migrateToLatest(db, plan);
  return {
    store,
    db,
    description,
    async close() {
      for (const close of closers) await close();
    },
  };
}
