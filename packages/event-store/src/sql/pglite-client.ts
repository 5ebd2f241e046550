import type { PGliteInterface } from '@electric-sql/pglite';
import type { SqlClient, SqlQueryable } from './sql-client';

/**
 * A SqlClient over PGlite's single connection. PGlite queues every query and transaction
 * behind one mutex, which is the serialisation we need; its root must not be called inside
 * `transaction` (it would wait for the transaction forever), so the work gets `tx` only.
 */
/** `release` closes whatever the adapter opened for this client (nothing for a shared PGlite). */
export function createPgliteClient(db: PGliteInterface, release: () => Promise<void>): SqlClient {
  return {
    // PGlite prepares nothing across calls, so the statement name has no use here.
    query: async (text, params) => (await db.query(text, params ? [...params] : undefined)).rows as never,
    transaction: (work) =>
      db.transaction((tx) => {
        const scoped: SqlQueryable = { query: async (text, params) => (await tx.query(text, params ? [...params] : undefined)).rows as never };
        return work(scoped);
      }),
    // In-process: the connection cannot drop, so onLost is never called.
    async listen(channel, onNotify) {
      const unlisten = await db.listen(channel, onNotify);
      return { close: () => unlisten() };
    },
    close: release,
  };
}
