import { createKysely, createPool, ensureSchema, migrateToLatest, openEmbeddedPostgres } from '@hotline/database';
import { ACCESS_MIGRATIONS } from '@hotline/access';
import { createEsdbEventStore, createPgliteEventStore, createPostgresEventStore, type EventStore } from '@hotline/event-store';
import { INTAKE_MIGRATIONS } from '@hotline/intake';
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
 * Every schema is migrated before this resolves.
 */
export async function openStorage(config: Config): Promise<Storage> {
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
  await migrateToLatest(db, { name: 'access', migrations: ACCESS_MIGRATIONS });
  await migrateToLatest(db, { name: 'intake', migrations: INTAKE_MIGRATIONS });
  return {
    store,
    db,
    description,
    async close() {
      for (const close of closers) await close();
    },
  };
}
