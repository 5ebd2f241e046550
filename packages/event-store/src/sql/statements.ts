import type { SchemaNames } from './schema';

/** A statement with its prepared-statement name. */
export interface Statement {
  readonly name: string;
  readonly text: string;
}

export interface Statements {
  readonly append: Statement;
  readonly classify: Statement;
  readonly readForwards: Statement;
  readonly readBackwards: Statement;
  readonly page: Statement;
  readonly head: Statement;
  readonly notify: Statement;
}

/**
 * recorded_at formatted by the server as the interface's ISO-8601 UTC text (milliseconds
 * truncated, as a JavaScript Date does): the client takes it as it comes, with no timestamp
 * parsing and no Date per event. Catch-up reads are bound by the client's CPU.
 */
const COLUMNS = `event_id, stream_name, revision, position, type, data, metadata,
  to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS recorded_at`;

/**
 * Only rows of transactions older than every transaction still running are read. A
 * transaction that started earlier may commit later; until it finishes, its xid holds the
 * snapshot's xmin down and everything from that xid on waits, so nothing is ever skipped.
 * Positions embed the xid, so "xid < xmin" is "position < horizon", one index range.
 */
const HORIZON = '(pg_snapshot_xmin(pg_current_snapshot())::text::bigint << 16)';

/**
 * Appends a batch of commands (often just one) in one round trip and one implicit
 * transaction. $1 is a JSON array with a record per event: its command's stream `s`,
 * expected revision `x` (encoded by expectedCode) and index `k` in the command. One JSON
 * parameter is far cheaper to send and parse than arrays of 1 KiB JSON strings, and
 * json_to_recordset hands `data` and `metadata` over as their exact text.
 *
 * A command's rows all see the same head, so they are inserted together or not at all: no
 * rows back for a command means its expectation failed. A unique violation means a
 * concurrent append took the revision or an event id is stored already. Both are rare and
 * sorted out afterwards (`classify`), which keeps the hot path a single INSERT with one
 * index lookup per event. `n` numbers the events of the transaction: the low bits of their positions.
 * OFFSET 0 keeps the head lookup from being flattened into the expressions that use it, where
 * PostgreSQL ran it twice per event (for the revision and again for the check).
 */
const append = ({ events }: SchemaNames) => `
INSERT INTO ${events} (tx_seq, stream_name, revision, event_id, type, data, metadata)
SELECT e.n, e.s, head.revision + e.k, e.id, e.type, e.data, e.metadata
FROM ROWS FROM (json_to_recordset($1::json) AS (s text, x bigint, k integer, id uuid, type text, data json, metadata json))
  WITH ORDINALITY AS e (s, x, k, id, type, data, metadata, n)
CROSS JOIN LATERAL (SELECT coalesce(
  (SELECT revision FROM ${events} WHERE stream_name = e.s ORDER BY revision DESC LIMIT 1), -1) AS revision OFFSET 0) head
WHERE CASE e.x
  WHEN -1 THEN head.revision = -1 WHEN -2 THEN head.revision >= 0 WHEN -3 THEN true
  ELSE head.revision = e.x END
RETURNING tx_seq, revision, position`;

export function statements(names: SchemaNames): Statements {
  const { events, statementPrefix: p } = names;
  return {
    append: { name: `${p}append`, text: append(names) },
    // The stream's head, with whichever of the append's event ids are stored (NULLs when none).
    classify: {
      name: `${p}classify`,
      text: `SELECT h.head, s.event_id, s.revision, s.position
        FROM (SELECT max(revision) AS head FROM ${events} WHERE stream_name = $1) h
        LEFT JOIN LATERAL (SELECT event_id, revision, position FROM ${events}
          WHERE stream_name = $1 AND event_id = ANY ($2::uuid[]) ORDER BY revision) s ON true`,
    },
    readForwards: {
      name: `${p}read_forwards`,
      text: `SELECT ${COLUMNS} FROM ${events} WHERE stream_name = $1 AND revision >= $2 ORDER BY revision LIMIT $3`,
    },
    readBackwards: {
      name: `${p}read_backwards`,
      text: `SELECT ${COLUMNS} FROM ${events} WHERE stream_name = $1 AND revision <= $2 ORDER BY revision DESC LIMIT $3`,
    },
    // Always one row: the horizon, with the page's events (or NULLs when there are none),
    // so a filtered reader learns how far it has looked even when nothing matched.
    page: {
      name: `${p}page`,
      text: `SELECT h.horizon, e.* FROM (SELECT ${HORIZON} AS horizon) h LEFT JOIN LATERAL (
        SELECT ${COLUMNS} FROM ${events}
        WHERE position > $1 AND position < h.horizon AND starts_with(stream_name, $2)
        ORDER BY position LIMIT $3) e ON true`,
    },
    head: { name: `${p}head`, text: `SELECT max(revision) AS revision FROM ${events} WHERE stream_name = $1` },
    // Its own tiny transaction after the append commits, with synchronous_commit off: it is
    // only a hint and need not wait for a WAL flush (see notify-hint.ts).
    notify: { name: `${p}notify`, text: `SELECT set_config('synchronous_commit', 'off', true), pg_notify($1, '')` },
  };
}
