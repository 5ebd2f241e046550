import type { PGliteInterface, Transaction } from '@electric-sql/pglite';
import type { CompiledQuery, DatabaseConnection, QueryResult, TransactionSettings } from 'kysely';
import { deferred, type Deferred } from './deferred';

interface OpenTransaction {
  readonly tx: Transaction;
  /** Resolve with true to commit, false to roll back. */
  readonly outcome: Deferred<boolean>;
  /** Settles when PGlite has committed or rolled back. */
  readonly finished: Promise<unknown>;
}

/**
 * One kysely connection over the shared PGlite. Outside a transaction it queries the root;
 * inside one, it holds a `pglite.transaction(...)` callback open and queries its `tx`.
 *
 * Why not a raw `BEGIN` (as the `kysely-pglite` package does): PGlite has ONE connection,
 * shared with the event store. A raw BEGIN would open the transaction on that connection and
 * every query the store issued meanwhile would run inside it, committed or rolled back with
 * our work. `pglite.transaction` takes PGlite's transaction mutex instead: other root queries
 * wait for our commit and never see or join our uncommitted rows.
 */
export class PgliteConnection implements DatabaseConnection {
  #open: OpenTransaction | undefined;

  constructor(private readonly pglite: PGliteInterface) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const target = this.#open?.tx ?? this.pglite;
    const result = await target.query<R>(query.sql, [...query.parameters]);
    return {
      rows: result.rows,
      ...(result.affectedRows !== undefined && { numAffectedRows: BigInt(result.affectedRows) }),
    };
  }

  /** PGlite has no cursors to page through: the whole result is one chunk. */
  async *streamQuery<R>(query: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    yield await this.executeQuery<R>(query);
  }

  async begin(settings: TransactionSettings): Promise<void> {
    const started = deferred<Transaction>();
    const outcome = deferred<boolean>();
    const finished = this.pglite.transaction(async (tx) => {
      started.resolve(tx);
      if (!(await outcome.promise)) await tx.rollback();
    });
    // If BEGIN itself fails, the callback never ran: pass the error to begin's caller.
    finished.catch((error: unknown) => started.reject(error));
    const tx = await started.promise;
    this.#open = { tx, outcome, finished };
    const characteristics = [settings.isolationLevel && `isolation level ${settings.isolationLevel}`, settings.accessMode].filter(Boolean);
    if (characteristics.length === 0) return;
    try {
      await tx.exec(`set transaction ${characteristics.join(' ')}`);
    } catch (error) {
      // kysely rolls back only transactions that began: this one must not stay open.
      await this.rollback();
      throw error;
    }
  }

  commit(): Promise<void> {
    return this.#end(true);
  }

  rollback(): Promise<void> {
    return this.#end(false);
  }

  async #end(commit: boolean): Promise<void> {
    const open = this.#open;
    // kysely rolls back after a failed commit, which PGlite has already rolled back.
    if (!open) return;
    this.#open = undefined;
    open.outcome.resolve(commit);
    await open.finished;
  }
}
