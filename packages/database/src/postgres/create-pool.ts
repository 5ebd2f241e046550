import pg from 'pg';
import { checkedIdentifier } from '../identifier';
import { typesWithInt8 } from './int8';

export interface PoolOptions {
  readonly connectionString: string;
  /** Every connection's `search_path`; create it first with `ensureSchema`. Default: the server's. */
  readonly schema?: string;
}

/**
 * A pg pool whose connections work in `schema`, so one server holds many isolated copies (a
 * test suite each) and unqualified table names resolve there. int8 comes back as PGlite's
 * number (bigint past 2^53), not pg's string.
 *
 * @example
 * const pool = createPool({ connectionString: process.env.DATABASE_URL!, schema: 'hotline' });
 * // every connection starts with: -c search_path=hotline
 */
export function createPool({ connectionString, schema }: PoolOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    types: typesWithInt8,
    // Waiting for a connection to a server that does not answer fails (a 503) instead of holding
    // the request. No statement timeout: a rebuild's index over a million rows may rightly take minutes.
    connectionTimeoutMillis: 5_000,
    ...(schema !== undefined && { options: `-c search_path=${checkedIdentifier('schema', schema)}` }),
  });
  // An idle connection the server drops (restart, failover) emits 'error' on the pool, which
  // would crash the process; the pool discards it and the next query opens a fresh one.
  pool.on('error', () => {});
  // A connection the server drops while checked out (kysely holds one per query or transaction)
  // emits 'error' besides failing its query, and pg-pool listens only while it is idle: unheard,
  // the event would end the process. The query's own failure is what is answered (a 503).
  pool.on('connect', (client) => client.on('error', () => {}));
  return pool;
}
