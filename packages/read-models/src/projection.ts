import type { RecordedEvent } from '@hotline/event-store';
import type { Kysely, Transaction } from 'kysely';

/**
 * The physical names of one generation of a projection's tables, by logical name. Readers query
 * the logical name (a view over the live generation); a projection writes the physical tables, so
 * a rebuild can fill fresh ones while reads go on (see `rebuildProjection`).
 */
export type TableNames<T extends string = string> = Readonly<Record<T, string>>;

/** A read model fed by the events: its tables and how a batch of events changes them. */
export interface Projection<T extends string = string> {
  /** Stable name, the key of its checkpoint: 'case-list'. */
  readonly name: string;
  /**
   * Raised whenever its tables or what it writes change: a runner finding tables built by
   * another version rebuilds them from the events before going on.
   */
  readonly version: number;
  /** Logical table names; each is served to readers as a view of the same name. */
  readonly tables: readonly T[];
  /** Creates one generation's empty tables (with the keys its writes need) under the given physical names. */
  createTables(db: Kysely<any>, names: TableNames<T>): Promise<void>;
  /** Creates the indexes readers need: a rebuild creates them after filling the tables, which is faster. */
  createIndexes(db: Kysely<any>, names: TableNames<T>): Promise<void>;
  /**
   * Applies events (in global order, none applied before) inside the transaction that also
   * moves the checkpoint: all of the batch lands, or none of it.
   */
  apply(trx: Transaction<any>, events: readonly RecordedEvent[], names: TableNames<T>): Promise<void>;
}

/** The physical table names of generation `generation`: `case_list_g3`. */
export function tableNamesOf<T extends string>(projection: Projection<T>, generation: number): TableNames<T> {
  return Object.fromEntries(projection.tables.map((table) => [table, `${table}_g${generation}`])) as Record<T, string>;
}
