import { createPool } from '@hotline/database';
import type { Lease } from './lease';

export interface AdvisoryLeaseOptions {
  /** The read models' PostgreSQL (DATABASE_URL). */
  readonly connectionString: string;
  /** The read models' schema (DATABASE_SCHEMA); default: the server's search_path. */
  readonly schema?: string | undefined;
  /** How often the leader checks that its lease connection answers. Default 1000 ms. */
  readonly heartbeatMs?: number;
}

/** First key of every lease's lock (12315, after the hotline), to tell them from other advisory locks. */
export const LEASE_LOCK_CLASS = 12315;

/**
 * The lock is (12315, hashtext('<schema>/<projection>')) in the two-int4 key space, which is
 * apart from the one-bigint space of `lockProjection`'s set-up and swap locks; the schema (the
 * pool's search_path) keeps copies of the product in one database (test suites, staging) from
 * sharing a lease. The leader of `figures` in `public`:
 *   select pid from pg_locks where locktype = 'advisory' and classid = 12315
 *     and objid = hashtext('public/figures')::oid and objsubid = 2 and granted;
 */
const TRY_LOCK = `select pg_try_advisory_lock(${LEASE_LOCK_CLASS}, hashtext(current_schema() || '/' || $1)) as held`;

/**
 * A process that dies on a live host (kill -9, OOM) closes its socket and the server frees the
 * lock at once. These make the server drop the session of a leader whose host fell silent
 * (power loss, partition) after about 4 s rather than the kernel's two hours of keepalive.
 */
const LIVENESS = 'set tcp_keepalives_idle = 2; set tcp_keepalives_interval = 1; set tcp_keepalives_count = 2; set tcp_user_timeout = 4000';

/**
 * A projection's lease as a PostgreSQL session-level advisory lock, held on a connection of its
 * own for as long as the lease lasts: whatever ends the session (the process dies, the network
 * or the server goes) frees the lock for a standby. The leader learns of it from the
 * connection's 'error', or from a heartbeat left unanswered for `heartbeatMs` (so a partitioned
 * leader gives up within 2 s, before the server frees its lock after 4), and stops applying.
 */
export function advisoryLease(name: string, options: AdvisoryLeaseOptions): Lease {
  const heartbeatMs = options.heartbeatMs ?? 1000;
  const pool = createPool({ connectionString: options.connectionString, ...(options.schema && { schema: options.schema }) });
  // createPool sets no connect timeout; a standby cut off from the server would hang for minutes.
  pool.options.connectionTimeoutMillis = 5000;
  const connect = () => pool.connect();
  let held: { client: Awaited<ReturnType<typeof connect>>; lost: AbortController; timer?: NodeJS.Timeout } | undefined;

  /** Ends the session, which frees the lock, and tells the runner why. */
  const drop = (reason: unknown) => {
    if (!held) return;
    const { client, lost, timer } = held;
    held = undefined;
    clearTimeout(timer);
    client.release(true);
    lost.abort(reason);
  };

  const heartbeat = (lease: NonNullable<typeof held>) => {
    lease.timer = setTimeout(async () => {
      try {
        await answered(lease.client.query('select 1'), heartbeatMs);
        if (held === lease) heartbeat(lease);
      } catch (error) {
        if (held === lease) drop(error);
      }
    }, heartbeatMs);
  };

  return {
    async tryAcquire() {
      if (held) return held.lost.signal;
      const client = await connect();
      // A checked-out connection that dies emits 'error', which crashes the process if unheard.
      const onError = (error: Error) => {
        if (held?.client === client) drop(error);
      };
      client.on('error', onError);
      try {
        const { rows } = await client.query<{ held: boolean }>(TRY_LOCK, [name]);
        if (!rows[0]?.held) {
          client.off('error', onError);
          client.release(); // back to the pool: the next try reuses the connection
          return undefined;
        }
        await client.query(LIVENESS);
      } catch (error) {
        client.release(true);
        throw error;
      }
      held = { client, lost: new AbortController() };
      heartbeat(held);
      return held.lost.signal;
    },
    async close() {
      drop(new Error('lease given up'));
      await pool.end();
    },
  };
}

function answered<T>(query: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const silence = new Promise<never>((_, reject) => (timer = setTimeout(reject, ms, new Error(`lease connection silent for ${ms} ms`))));
  return Promise.race([query, silence]).finally(() => clearTimeout(timer));
}
