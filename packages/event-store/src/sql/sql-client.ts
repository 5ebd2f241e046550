/**
 * The little the SQL event store needs from a PostgreSQL driver, so `pg` and PGlite run
 * one implementation of the SQL.
 */
export interface SqlQueryable {
  /**
   * One statement. `name` asks the driver to prepare it once per connection; the caller
   * guarantees a name always goes with the same text.
   */
  query<R>(text: string, params?: readonly unknown[], name?: string): Promise<R[]>;
}

export interface SqlListener {
  close(): Promise<void>;
}

export interface SqlClient extends SqlQueryable {
  /** Runs `work` in one transaction. Inside it use only `tx`: PGlite's root waits for the transaction. */
  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  /**
   * LISTENs on `channel`. `onLost` is called at most once, when the listening connection
   * drops; the listener is dead after that and the caller decides whether to listen again.
   */
  listen(channel: string, onNotify: () => void, onLost: (error: Error) => void): Promise<SqlListener>;
  /** Releases what the client opened (a pool or PGlite it was not given). */
  close(): Promise<void>;
}

/** SQLSTATE 23505, as both `pg` and PGlite report it. */
export const isUniqueViolation = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
