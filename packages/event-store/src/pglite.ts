import { PGlite, type PGliteInterface } from '@electric-sql/pglite';
import { lockDataDir } from './data-dir-lock';
import { InvalidOption } from './errors';
import type { GroupCommitLimits } from './sql/group-commit';
import { createPgliteClient } from './sql/pglite-client';
import { schemaNames } from './sql/schema';
import { createSqlEventStore } from './sql/sql-event-store';
import type { EventStore } from './types';

export interface PgliteEventStoreOptions {
  /** Directory of the database; omitted (and no `pglite`) means in memory. */
  readonly dataDir?: string;
  /** An open PGlite to share, e.g. with the read models; the store will not close it. */
  readonly pglite?: PGliteInterface;
  /** PostgreSQL schema holding the tables. Default `event_store`. */
  readonly schema?: string;
}

/** PGlite runs one statement at a time: appends that arrive meanwhile share the next transaction. */
const ONE_CONNECTION: GroupCommitLimits = { concurrency: 1, maxCommands: 100 };

async function openOwn(dataDir: string | undefined) {
  const unlock = dataDir === undefined ? () => {} : lockDataDir(dataDir);
  try {
    const db = await PGlite.create(dataDir);
    return createPgliteClient(db, async () => {
      await db.close();
      unlock();
    });
  } catch (error) {
    unlock();
    throw error;
  }
}

/**
 * The embedded store: PostgreSQL 18 in WebAssembly, same SQL as the PostgreSQL adapter.
 * One process per data directory: a second one is refused (`<dataDir>.lock`).
 * @example
 * const store = await createPgliteEventStore({ dataDir: './.data/events' });
 */
export async function createPgliteEventStore(options: PgliteEventStoreOptions = {}): Promise<EventStore> {
  const names = schemaNames(options.schema);
  if (options.pglite && options.dataDir !== undefined) throw new InvalidOption('pass at most one of dataDir and pglite');
  const client = options.pglite ? createPgliteClient(options.pglite, async () => {}) : await openOwn(options.dataDir);
  try {
    return await createSqlEventStore(client, names, ONE_CONNECTION);
  } catch (error) {
    await client.close();
    throw error;
  }
}
