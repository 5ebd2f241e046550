import type { PGliteInterface } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import type pg from 'pg';
import { PgliteDialect } from './pglite/pglite-dialect';

export type DatabaseSource = { readonly pglite: PGliteInterface } | { readonly pool: pg.Pool };

/**
 * A kysely instance over embedded PGlite or a PostgreSQL pool, with the same SQL on both.
 * `db.destroy()` ends a pool but leaves a PGlite open (it is shared with the event store).
 * On PGlite, use `trx` for everything inside a transaction: a query on the root `db` would wait
 * for the transaction to end, which never comes.
 *
 * @example
 * const db = createKysely<ReadModels>({ pglite: embedded.pglite });
 * const db = createKysely<ReadModels>({ pool: createPool({ connectionString, schema: 'hotline' }) });
 */
export function createKysely<DB>(source: DatabaseSource): Kysely<DB> {
  const dialect = 'pglite' in source ? new PgliteDialect(source.pglite) : new PostgresDialect({ pool: source.pool });
  return new Kysely<DB>({ dialect });
}
