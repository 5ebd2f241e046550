import pg from 'pg';
import type { SqlClient, SqlListener, SqlQueryable } from './sql-client';

/** Shown in pg_stat_activity, so operators (and the reconnect test) can find the LISTEN connection. */
export const LISTENER_APPLICATION_NAME = 'hotline-event-store-listener';

/** A SqlClient over a `pg` pool; `ownsPool` closes the pool with the client. */
export function createPgClient(pool: pg.Pool, ownsPool: boolean): SqlClient {
  // An idle pooled connection that dies (server restart, pg_terminate_backend) emits 'error'
  // on the pool, which would crash the process if nobody listened; the pool drops it anyway.
  if (ownsPool) pool.on('error', () => {});
  const queryOn = (target: pg.Pool | pg.PoolClient): SqlQueryable['query'] => async (text, params, name) =>
    (await target.query({ text, values: params as unknown[] | undefined, name })).rows;

  return {
    query: queryOn(pool),
    async transaction(work) {
      const connection = await pool.connect();
      // A checked-out connection whose server goes away (restart, crash) emits 'error' besides
      // failing its query, and pg-pool listens only while it is idle: unheard, the event would
      // end the process. The query's own failure is what reaches the caller.
      connection.on('error', ignore);
      try {
        await connection.query('BEGIN');
        const result = await work({ query: queryOn(connection) });
        await connection.query('COMMIT');
        connection.release();
        return result;
      } catch (error) {
        await connection.query('ROLLBACK').catch(() => {});
        connection.release(error instanceof Error ? error : true);
        throw error;
      } finally {
        connection.off('error', ignore);
      }
    },
    listen: (channel, onNotify, onLost) => listenOn(pool, channel, onNotify, onLost),
    close: async () => {
      if (ownsPool) await pool.end();
    },
  };
}

const ignore = () => {};

/** A dedicated connection outside the pool: a pooled one would be reused by queries and lose its LISTEN. */
async function listenOn(pool: pg.Pool, channel: string, onNotify: () => void, onLost: (error: Error) => void): Promise<SqlListener> {
  const client = new pg.Client({ ...pool.options, application_name: LISTENER_APPLICATION_NAME });
  let closing = false;
  let lost = false;
  const lose = (error: Error) => {
    if (closing || lost) return;
    lost = true;
    client.end().catch(() => {});
    onLost(error);
  };
  client.on('error', lose);
  client.on('end', () => lose(new Error('LISTEN connection ended')));
  client.on('notification', onNotify);
  try {
    await client.connect();
    await client.query(`LISTEN "${channel}"`);
  } catch (error) {
    closing = true;
    await client.end().catch(() => {});
    throw error;
  }
  return {
    async close() {
      closing = true;
      await client.end().catch(() => {});
    },
  };
}
