import { randomUUID } from 'node:crypto';
import type { PGliteInterface } from '@electric-sql/pglite';
import type { Kysely } from 'kysely';
import type pg from 'pg';
import { createKysely } from './create-kysely';
import { openEmbeddedPostgres } from './embedded/open-embedded-postgres';
import { ensureSchema } from './ensure-schema';
import { createPool } from './postgres/create-pool';

export interface OpenedTestDatabase {
  readonly db: Kysely<any>;
  /** Set on PGlite: the root connection, as the event store would use it. */
  readonly pglite?: PGliteInterface;
  /** Set on PostgreSQL, with the suite's own schema. */
  readonly pool?: pg.Pool;
  readonly schema?: string;
  /** Closes the database; on PostgreSQL, drops the schema first. */
  close(): Promise<void>;
}

export interface TestDatabase {
  readonly name: 'pglite' | 'postgres';
  open(): Promise<OpenedTestDatabase>;
}

/**
 * The databases a suite runs on: PGlite in memory always, PostgreSQL too when `DATABASE_URL`
 * is set, each opening in a fresh random schema that `close` drops, so suites running at once
 * on one server never meet.
 *
 * @example
 * describe.each(openTestDatabases())('users on $name', ({ open }) => {
 *   let test: OpenedTestDatabase;
 *   beforeAll(async () => void (test = await open()));
 *   afterAll(() => test.close());
 * });
 */
export function openTestDatabases(databaseUrl = process.env.DATABASE_URL): TestDatabase[] {
  const pglite: TestDatabase = { name: 'pglite', open: openPglite };
  return databaseUrl ? [pglite, { name: 'postgres', open: () => openPostgres(databaseUrl) }] : [pglite];
}

async function openPglite(): Promise<OpenedTestDatabase> {
  const embedded = await openEmbeddedPostgres();
  const db = createKysely<any>({ pglite: embedded.pglite });
  return { db, pglite: embedded.pglite, close: () => embedded.close() };
}

async function openPostgres(connectionString: string): Promise<OpenedTestDatabase> {
  const schema = `test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const pool = createPool({ connectionString, schema });
  const db = createKysely<any>({ pool });
  await ensureSchema(db, schema);
  const close = async () => {
    try {
      await db.schema.dropSchema(schema).ifExists().cascade().execute();
    } finally {
      await db.destroy();
    }
  };
  return { db, pool, schema, close };
}
